"""Round 54, Arabic (ar-SA): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 53's (Kiswa-factory weavers in Makkah, Saudi Railways north-line conductors, National
Centre for Meteorology forecasters, upholsterers, plumbers, electricity meter readers, a marriage officiant, traffic
police, school-canteen staff, a cat veterinary clinic, roadside camel-milk sellers, a karate dojo, shopkeepers in
Jeddah's historic Balad, kayak guides on the Dumat al-Jandal lake, IT support staff at Majmaah University, hotel
housekeeping, a Red Sea cruise crew, Nabati poets, Ghanaian students at the Islamic University, Maldivian students, a
Japanese learner of Arabic in Riyadh, Azerbaijani students, Malagasy students, a graduation party, an aqiqah, a car
breakdown on the road, a child with a loose tooth, a sleepless night, a pottery workshop, a home treasure hunt, a Kahoot
quiz in class), from round 52's (al-Kharj dairy-farm workers, NEOM camp workers, Diriyah heritage guides,
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
- work: locksmiths (`القفل`، `نسخت المفتاح`، `الخزنة`), an aluminium and glass workshop (`الالمنيوم`، `اقيس الشباك`،
  `الدرفة`), satellite-dish installers (`الدش`، `الرسيفر`، `الاشارة ضعيفة`), juice-bar staff (`الافوكادو`، `كوكتيل`،
  `زحمة`), a printing shop (`البنر`، `كروت الزواج`، `الطابعة`), mosque caretakers (`بعد العصر`، `المؤذن`، `السجاد`),
  land surveyors (`جهاز المساحة`، `الصك`، `الاحداثيات`), an archaeological dig (`النقوش`، `التنقيب`، `الموقع`),
  cinema staff (`التذاكر`، `الصالة بدات`، `الانمي`), a car showroom (`الموديل`، `الاقساط`، `العميل`), a certified
  translation office (`ترجمة معتمدة`، `الختم`، `الوثيقة`), gardeners in the Diplomatic Quarter (`الحي الدبلوماسي`،
  `سفارة`، `نسقي`), Sadu weavers (`النول`، `السدو`، `الصوف`), a sweets shop (`الكنافة`، `البقلاوة`، `الحلا`), court
  clerks (`القاضي`، `المحضر`، `الجلسة`), an ice factory (`قوالب الثلج`، `الثلاجة`، `الضاغط`), beach-cleanup volunteers
  (`المتطوعين`، `قارورة`، `الاكياس خلصت`) and lift technicians (`المصعد`، `قطعة الغيار`، `علق`),
- migrants and learners: Guinean students in Madinah (`يا استاذ`، `بارك الله فيك`، `بلادنا غينيا`), Cham students from
  Cambodia (`اخي الكريم`، `ماذا`), a Tatar student from Kazan (`اعذرني`، `انا من قازان`) and Ivorian students
  (`صديقي`، `ارجوك`، `عاصمتاها`),
- home and occasions: painting the house (`الصباغ`، `الرول`، `ريحة الصبغ`), a world-map jigsaw (`البزل`، `القطعة`),
  a boy's new globe (`الكرة الارضية`، `المجسم`، `هدية`) and a documentary night (`الوثائقي`، `ناشونال جيوغرافيك`),
- games: spinning the globe (`لفيت الكرة`، `وقف اصبعي`، `يا حكم`) and rock-paper-scissors forfeits (`حجرة ورقة مقص`،
  `الخسران`).
Situations: work (a lock job, a workshop, a rooftop dish, a juice counter, a print order, a mosque after prayer, a
survey, a dig, a cinema, a showroom, a translation desk, an embassy garden, a loom, a sweets counter, a court hearing, a
cold store, a beach, a stuck lift), learning (three groups of foreign students and one learner), home (painting, a
jigsaw, a globe, a documentary) and two games.
Built by round12_hinl_corpus.py (build_round with round 54's number)."""
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
help | اليكسا يا عواصم العالم وش اسوي الحين | HELP
help | اليكسا عواصم العالم ابي اعرف وش تقدرين عليه | HELP
help | اليكسا اسالي عواصم العالم عن المساعدة | HELP
help | اليكسا ساعديني ما ادري وش اقول للعواصم | HELP
help | اليكسا عواصم العالم دليني على الطريقة الصح | HELP
help | اليكسا انا جديد على مهارة العواصم وش اسوي | HELP
help | اليكسا كيف اسال عن عاصمة ولاية امريكية علميني | HELP
help | اليكسا عواصم العالم اعطيني مثال واحد بس | HELP
help | اليكسا المساعدة في مهارة العواصم لو سمحت | HELP
help | اليكسا وش الكلام اللي تفهمينه في العواصم | HELP
help | اليكسا هذي المهارة وش فايدتها اشرحي | HELP
help | اليكسا عواصم العالم قولي لي وش اسال | HELP
help | اليكسا يا شيخة وش طريقة عواصم العالم | HELP
help | اليكسا ضعت ما عرفت اكمل ساعديني | HELP
help | اليكسا ابغى تعليمات عواصم العالم من البداية | HELP
help | اليكسا عواصم العالم هل تعرفين عواصم الولايات بعد وش اقول | HELP
help | اليكسا فهميني كيف اسال عن المدينة واعرف دولتها | HELP
help | اليكسا عواصم العالم ممكن شرح بسيط للعيال | HELP
help | اليكسا يا عواصم العالم مساعدة | HELP
help | اليكسا اشرحي لابوي كيف يسال عن العواصم | HELP
help | اليكسا محتاجة مساعدة في سؤال العاصمة | HELP
help | اليكسا عواصم العالم وش الخيارات | HELP
help | اليكسا قولي كيف استعمل العواصم يا اليكسا | HELP
help | اليكسا عواصم العالم انا ما فهمت عليك وضحي | HELP
help | اليكسا وش اقدر اسوي في عواصم العالم غير السؤال | HELP
# stop
stop | اليكسا بس خلاص قفلي العواصم | STOP
stop | اليكسا وقفي عواصم العالم | STOP
stop | اليكسا اطفي العواصم الحين | STOP
stop | اليكسا خلاص يكفي عواصم اليوم | STOP
stop | اليكسا اسكتي شوي | STOP
stop | اليكسا سكري المهارة | STOP
stop | اليكسا انهي عواصم العالم | STOP
stop | اليكسا اطلعي من المهارة خلاص | STOP
stop | اليكسا كفاية عواصم تعبت | STOP
stop | اليكسا قفلي خلاص بنام | STOP
stop | اليكسا وقف وقف | STOP
stop | اليكسا طيب خلصنا اقفلي | STOP
stop | اليكسا لا تكملين اسكتي | STOP
stop | اليكسا سكتي العواصم الله يعافيك | STOP
stop | اليكسا انتهينا من العواصم | STOP
stop | اليكسا اغلقي عواصم العالم | STOP
stop | اليكسا خلاص روحي | STOP
stop | اليكسا ستوب العواصم | STOP
stop | اليكسا وقفي اللعبة بنتغدى | STOP
stop | اليكسا اوقفي المهارة الحين | STOP
stop | اليكسا يكفي كذا مع السلامة | STOP
stop | اليكسا بس بس | STOP
stop | اليكسا قفلي الجهاز عن العواصم | STOP
stop | اليكسا خروج من عواصم العالم | STOP
# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا لا الغي السؤال | CANCEL
cancel | اليكسا كنسلي هذا | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا تراجعي عن السؤال | CANCEL
cancel | اليكسا الغاء الطلب | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا لا ما ابي خلاص الغي | CANCEL
cancel | اليكسا الغي ما ابيه | CANCEL
cancel | اليكسا كنسل السؤال | CANCEL
cancel | اليكسا الغي الطلب اللي قبل | CANCEL
cancel | اليكسا تجاهلي اللي قلت | CANCEL
cancel | اليكسا شيلي السؤال الغيه | CANCEL
cancel | اليكسا لا تدورين الغي | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا لا خلاص ما يحتاج الغي | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا ابي الغي السؤال هذا | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
cancel | اليكسا الغي يا اليكسا ما كان قصدي | CANCEL
cancel | اليكسا كنسلي السالفة | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا بطلت الغي | CANCEL
# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا افتح مهارة عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا تعالي نلعب عواصم العالم | LAUNCH
launch | اليكسا وديني لعواصم العالم | LAUNCH
launch | اليكسا فتحي لنا عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم الله يرضى عليك | LAUNCH
launch | اليكسا ابغى افتح عواصم العالم | LAUNCH
launch | اليكسا ممكن تفتحين عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم للبزران | LAUNCH
launch | اليكسا افتحي عواصم العالم عشان المذاكرة | LAUNCH
launch | اليكسا بسم الله افتحي عواصم العالم | LAUNCH
launch | اليكسا رجعي عواصم العالم | LAUNCH
launch | اليكسا نبي عواصم العالم الحين | LAUNCH
launch | اليكسا دخليني على عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم من فضلك افتحيها | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم مرة ثانية | LAUNCH
launch | اليكسا افتحي لي عواصم العالم نتسلى | LAUNCH
launch | اليكسا ابي العب عواصم العالم مع اخوي | LAUNCH
launch | اليكسا تشغيل عواصم العالم | LAUNCH
launch | اليكسا اطلبي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم يا حلوة | LAUNCH
launch | اليكسا صباح الخير افتحي عواصم العالم | LAUNCH
launch | اليكسا مساء الخير شغلي عواصم العالم | LAUNCH
launch | اليكسا بدينا عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم للضيوف | LAUNCH
launch | اليكسا شغلي عواصم العالم بصوت عالي | LAUNCH
# plural-capitals
plural-capitals | اليكسا وش هي عواصم {} كلها | جنوب افريقيا=ZA; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا عطيني العاصمتين حقت {} | ماليزيا=MY; بنين=BJ; سريلانكا=LK
plural-capitals | اليكسا كم عاصمة عند {} وش هي | اسواتيني=SZ; ساحل العاج=CI; جنوب افريقيا=ZA
plural-capitals | اليكسا عواصم {} الاثنتين وش اسمها | بوليفيا=BO; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا سمعت ان {} عندها اكثر من عاصمة صح وش هي | جنوب افريقيا=ZA; بنين=BJ; اسواتيني=SZ
plural-capitals | اليكسا وش العواصم الرسمية في {} | سريلانكا=LK; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا ابي اسماء عواصم {} | هولندا=NL; ماليزيا=MY; جنوب افريقيا=ZA
plural-capitals | اليكسا العاصمة الادارية والتشريعية والقضائية لجنوب افريقيا | ZA
plural-capitals | اليكسا بريتوريا وكيب تاون وبلومفونتين كلها عواصم لمين | ZA
plural-capitals | اليكسا جنوب افريقيا ليش لها ثلاث عواصم وش هي | ZA
plural-capitals | اليكسا عواصم جنوب افريقيا الثلاث بالترتيب | ZA
plural-capitals | اليكسا سوكري ولاباز الاثنتين عواصم بوليفيا | BO
plural-capitals | اليكسا بوليفيا عاصمتها الدستورية والحكومية وش هم | BO
plural-capitals | اليكسا قولي عاصمتين بوليفيا | BO
plural-capitals | اليكسا بوليفيا فيها عاصمتين ولا وحدة | BO
plural-capitals | اليكسا هولندا امستردام ولاهاي وش الفرق بينهم كعواصم | NL
plural-capitals | اليكسا عاصمتي هولندا | NL
plural-capitals | اليكسا هولندا لها كم عاصمة قولي كلها | NL
plural-capitals | اليكسا الحكومة في لاهاي والعاصمة امستردام هولندا صح عواصمها | NL
plural-capitals | اليكسا كوالالمبور وبوتراجايا عواصم ماليزيا | MY
plural-capitals | اليكسا ماليزيا عاصمتها الادارية والرسمية | MY
plural-capitals | اليكسا عاصمتين ماليزيا وش هم | MY
plural-capitals | اليكسا ماليزيا عندها عاصمتين ولا كوالالمبور بس | MY
plural-capitals | اليكسا بورتو نوفو وكوتونو عواصم بنين | BJ
plural-capitals | اليكسا بنين لها عاصمتين وش هم | BJ
plural-capitals | اليكسا عاصمتين سوازيلاند | SZ
plural-capitals | اليكسا اسواتيني وش عاصمتها الملكية والادارية | SZ
plural-capitals | اليكسا مباباني ولوبامبا عواصم اسواتيني صح | SZ
plural-capitals | اليكسا عواصم سريلانكا الاثنتين | LK
plural-capitals | اليكسا سريلانكا عاصمتها الرسمية والتجارية | LK
plural-capitals | اليكسا ابيدجان وياموسوكرو عواصم ساحل العاج | CI
plural-capitals | اليكسا كوت ديفوار عندها عاصمتين وش هم | CI
# subdivision
subdivision | اليكسا وش عاصمة ولاية {} | تكساس=US-TX; فلوريدا=US-FL; نيويورك=US-NY
subdivision | اليكسا عاصمة مقاطعة {} الكندية | اونتاريو=CA-ON; كيبك=CA-QC; البرتا=CA-AB
subdivision | اليكسا ايش عاصمة {} في المانيا | بافاريا=DE-BY; ساكسونيا=DE-SN; هسن=DE-HE
subdivision | اليكسا ولاية {} الهندية وش عاصمتها | كيرلا=IN-KL; تاميل نادو=IN-TN; ماهاراشترا=IN-MH
subdivision | اليكسا عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا وش عاصمة ولاية {} في البرازيل | باهيا=BR-BA; امازوناس=BR-AM; بارانا=BR-PR
subdivision | اليكسا عاصمة {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; سونورا=MX-SON
subdivision | اليكسا عاصمة اسكتلندا | GB-SCT
subdivision | اليكسا وش عاصمة ويلز | GB-WLS
subdivision | اليكسا ايرلندا الشمالية عاصمتها وش | GB-NIR
subdivision | اليكسا عاصمة ولاية كاليفورنيا مو لوس انجلوس صح | US-CA
subdivision | اليكسا عاصمة الاسكا | US-AK
subdivision | اليكسا هاواي عاصمتها ايش | US-HI
subdivision | اليكسا عاصمة كولومبيا البريطانية | CA-BC
subdivision | اليكسا عاصمة منطقة مكة المكرمة | FB
subdivision | اليكسا عاصمة منطقة تبوك | FB
subdivision | اليكسا وش عاصمة محافظة الاسكندرية | FB
subdivision | اليكسا عاصمة اقليم كردستان | FB
subdivision | اليكسا عاصمة ولاية بنسلفانيا | US-PA
subdivision | اليكسا عاصمة ولاية واشنطن مو العاصمة | US-WA
subdivision | اليكسا عاصمة كتالونيا | FB
subdivision | اليكسا عاصمة مقاطعة قوانغدونغ في الصين | FB
subdivision | اليكسا عاصمة ولاية لاغوس | FB
subdivision | اليكسا عاصمة جزيرة سومطرة | FB
subdivision | اليكسا عاصمة غرينلاند | GL
subdivision | اليكسا عاصمة جزر فارو | FO
subdivision | اليكسا بورتوريكو عاصمتها | PR
subdivision | اليكسا عاصمة الصحراء الغربية | EH
subdivision | اليكسا عاصمة ولاية كيرالا | IN-KL
subdivision | اليكسا عاصمة ولاية البنغال الغربية | IN-WB
subdivision | اليكسا عاصمة تايوان | TW
subdivision | اليكسا عاصمة اقليم القرم | FB
subdivision | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA
subdivision | اليكسا عاصمة ولاية ميشيغان | US-MI
subdivision | اليكسا عاصمة بريتش كولومبيا | CA-BC
subdivision | اليكسا عاصمة اقليم الباسك | FB
subdivision | اليكسا عاصمة ولاية صباح الماليزية | FB
subdivision | اليكسا عاصمة جزيرة زنجبار | FB
# follow-up
follow-up | و {} | الهند=IN; باكستان=PK; بنغلاديش=BD
follow-up | طيب {} وش عاصمتها | نيبال=NP; بوتان=BT; سريلانكا=LK
follow-up | و{} | اليابان=JP; الصين=CN; منغوليا=MN
follow-up | طيب و {} | كوريا الشمالية=KP; كوريا الجنوبية=KR; فيتنام=VN
follow-up | زين و{} | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; الغابون=GA
follow-up | والحين {} | فلسطين=PS; الاردن=JO; لبنان=LB
follow-up | عاد {} وش عاصمتها | كازاخستان=KZ; اوزبكستان=UZ; قيرغيزستان=KG
follow-up | ايش عن {} | تركمانستان=TM; طاجيكستان=TJ; افغانستان=AF
follow-up | وعاصمة {} | الارجنتين=AR; تشيلي=CL; الاوروغواي=UY
follow-up | و {} بعد | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
follow-up | طيب جنوب افريقيا | ZA
follow-up | وبوليفيا | BO
follow-up | و هولندا بعد | NL
follow-up | طيب وماليزيا | MY
follow-up | والتي بعدها ليبيا | LY
follow-up | و السودان | SD
# yes-no-check
yes-no-check | اليكسا هل {} | الرباط عاصمة المغرب=MA; الدار البيضاء عاصمة المغرب=MA; اسطنبول عاصمة تركيا=TR
yes-no-check | اليكسا صح ان {} | سيدني عاصمة استراليا=AU; تورنتو عاصمة كندا=CA; ريو دي جانيرو عاصمة البرازيل=BR
yes-no-check | اليكسا {} ولا لا | لاغوس عاصمة نيجيريا=NG; زيورخ عاصمة سويسرا=CH; الماتي عاصمة كازاخستان=KZ
yes-no-check | اليكسا بيونغ يانغ عاصمة كوريا الشمالية صح | KP
yes-no-check | اليكسا سيول هي عاصمة كوريا الجنوبية ولا بوسان | KR
yes-no-check | اليكسا كينشاسا عاصمة الكونغو الديمقراطية | CD
yes-no-check | اليكسا برازافيل عاصمة جمهورية الكونغو صح ولا غلط | CG
yes-no-check | اليكسا رام الله عاصمة فلسطين | PS
yes-no-check | اليكسا القدس عاصمة فلسطين صح | PS
yes-no-check | اليكسا هل لاهاي عاصمة هولندا | NL
yes-no-check | اليكسا هل كيب تاون عاصمة جنوب افريقيا | ZA
yes-no-check | اليكسا لاباز عاصمة بوليفيا ولا سوكري | BO
yes-no-check | اليكسا بوتراجايا عاصمة ماليزيا صح | MY
yes-no-check | اليكسا هل دبي عاصمة الامارات | AE
yes-no-check | اليكسا جدة عاصمة السعودية صح | SA
yes-no-check | اليكسا نيويورك عاصمة امريكا ولا واشنطن | US
yes-no-check | اليكسا هل ميلانو عاصمة ايطاليا | IT
yes-no-check | اليكسا اوكلاند عاصمة نيوزيلندا | NZ
yes-no-check | اليكسا كراتشي عاصمة باكستان ولا اسلام اباد | PK
yes-no-check | اليكسا هل ابوجا عاصمة نيجيريا | NG
yes-no-check | اليكسا دار السلام عاصمة تنزانيا صح | TZ
yes-no-check | اليكسا ممباسا عاصمة كينيا | KE
yes-no-check | اليكسا هل يانغون عاصمة ميانمار | MM
yes-no-check | اليكسا عدن عاصمة اليمن ولا صنعاء | YE
yes-no-check | اليكسا بنغازي عاصمة ليبيا | LY
yes-no-check | اليكسا هل جوهانسبرغ عاصمة جنوب افريقيا | ZA
# self-correction
self-correction | اليكسا عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا ابي عاصمة {} | السويد لا لا سويسرا=CH; سلوفاكيا اقصد سلوفينيا=SI; النيجر لا نيجيريا=NG
self-correction | اليكسا وش تكون عاصمة {} | غينيا لا غينيا بيساو=GW; ايران قصدي العراق=IQ; موريتانيا لا موريشيوس=MU
self-correction | اليكسا عاصمة {} اسفة | كولومبيا لا كمبوديا=KH; ليبيريا قصدي ليبيا=LY; رومانيا لا روسيا=RU
self-correction | اليكسا عاصمة كوريا الجنوبية لا اقصد الشمالية | KP
self-correction | اليكسا عاصمة كوريا الشمالية لا الجنوبية | KR
self-correction | اليكسا عاصمة الكونغو برازافيل لا قصدي الكونغو الديمقراطية | CD
self-correction | اليكسا عاصمة جمهورية الكونغو الديمقراطية لا الثانية جمهورية الكونغو | CG
self-correction | اليكسا عاصمة لبنان لا لحظة فلسطين | PS
self-correction | اليكسا عاصمة هنغاريا لا لا بلغاريا | BG
self-correction | اليكسا عاصمة الدنمارك امم لا النرويج | NO
self-correction | اليكسا عاصمة لاتفيا اوه قصدي ليتوانيا | LT
self-correction | اليكسا عاصمة مالي لا مالاوي | MW
self-correction | اليكسا عاصمة زامبيا لا زيمبابوي | ZW
self-correction | اليكسا عاصمة بوليفيا لا قصدي باراغواي | PY
self-correction | اليكسا عاصمة تونس لا الجزائر | DZ
self-correction | اليكسا عاصمة جامايكا لا لا هايتي | HT
self-correction | اليكسا عاصمة الغابون لا غامبيا | GM
self-correction | اليكسا عاصمة اوغندا قصدي رواندا | RW
self-correction | اليكسا عاصمة ارمينيا لا اذربيجان | AZ
# reverse-question
reverse-question | اليكسا {} عاصمة ايش | نيروبي=CITY:نيروبي; اكرا=CITY:أكرا; داكار=CITY:داكار
reverse-question | اليكسا مدينة {} عاصمة اي دولة | تبليسي=CITY:تبليسي; يريفان=CITY:يريفان; باكو=CITY:باكو
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | كاتماندو=CITY:كاتماندو; تيمفو=CITY:تيمفو; دكا=CITY:دكا
reverse-question | اليكسا {} عاصمة وين | ليما=CITY:ليما; كيتو=CITY:كيتو; بوغوتا=CITY:بوغوتا
reverse-question | اليكسا بيونغ يانغ عاصمة اي كوريا | CITY:بيونغ يانغ
reverse-question | اليكسا سول عاصمة وش | CITY:سول
reverse-question | اليكسا كينشاسا عاصمة اي دولة | CITY:كينشاسا
reverse-question | اليكسا برازافيل عاصمة ايش | CITY:برازافيل
reverse-question | اليكسا رام الله عاصمة وين | CITY:رام الله
reverse-question | اليكسا بوتراجايا عاصمة اي بلد | CITY:بوتراجايا
reverse-question | اليكسا سوكري عاصمة وش | CITY:سوكري
reverse-question | اليكسا بلومفونتين عاصمة اي دولة | CITY:بلومفونتين
reverse-question | اليكسا وش البلد اللي عاصمته اولان باتور | CITY:أولان باتور
reverse-question | اليكسا ويندهوك عاصمة اي دولة افريقية | CITY:ويندهوك
reverse-question | اليكسا هراري عاصمة وش | CITY:هراري
reverse-question | اليكسا لوساكا عاصمة ايش | CITY:لوساكا
reverse-question | اليكسا مونروفيا عاصمة اي بلد | CITY:مونروفيا
reverse-question | اليكسا فيينتيان عاصمة وين | CITY:فيانتيان
reverse-question | اليكسا تالين عاصمة اي دولة اوروبية | CITY:تالين
reverse-question | اليكسا ريغا عاصمة ايش | CITY:ريغا
reverse-question | اليكسا فالتا عاصمة وين | CITY:فاليتا
reverse-question | اليكسا ليوبليانا عاصمة اي دولة | CITY:ليوبليانا
# official-name
official-name | اليكسا قولي عاصمة {} | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية كوريا الشعبية الديمقراطية=KP
official-name | اليكسا وش العاصمة الرسمية ل{} | جمهورية كوريا=KR; دولة فلسطين=PS; المملكة الاردنية الهاشمية=JO
official-name | اليكسا ما هي عاصمة {} | جمهورية مصر العربية=EG; الجمهورية العربية السورية=SY; المملكة المغربية=MA
official-name | اليكسا عاصمة الجمهورية الاسلامية الايرانية | IR
official-name | اليكسا عاصمة جمهورية جنوب افريقيا | ZA
official-name | اليكسا عاصمة دولة بوليفيا المتعددة القوميات | BO
official-name | اليكسا عاصمة مملكة هولندا | NL
official-name | اليكسا عاصمة اتحاد ماليزيا | MY
official-name | اليكسا عاصمة الولايات المتحدة المكسيكية | MX
official-name | اليكسا عاصمة جمهورية الصين الشعبية | CN
official-name | اليكسا عاصمة الاتحاد الروسي | RU
official-name | اليكسا عاصمة جمهورية المالديف | MV
official-name | اليكسا عاصمة الجمهورية التونسية | TN
official-name | اليكسا عاصمة سلطنة عمان | OM
official-name | اليكسا عاصمة جمهورية القمر المتحدة | KM
official-name | اليكسا عاصمة الجمهورية الاسلامية الموريتانية | MR
official-name | اليكسا عاصمة جمهورية اتحاد ميانمار | MM
official-name | اليكسا عاصمة جمهورية تيمور الشرقية الديمقراطية | TL
official-name | اليكسا عاصمة مملكة بوتان | BT
official-name | اليكسا عاصمة اتحاد جزر القمر | KM
# everyday-name
everyday-name | اليكسا عطيني عاصمة {} | امريكا=US; بريطانيا=GB; هولندا=NL
everyday-name | اليكسا عاصمة بلاد {} | الشام=SY; الرافدين=IQ; فارس=IR
everyday-name | اليكسا وش عاصمة {} الحين | زائير=CD; سيام=TH; بورما=MM
everyday-name | اليكسا عاصمة الكونغو كينشاسا | CD
everyday-name | اليكسا عاصمة الكونغو برازافيل | CG
everyday-name | اليكسا عاصمة كوريا الشمالية اللي فيها كيم | KP
everyday-name | اليكسا عاصمة الامارات | AE
everyday-name | اليكسا عاصمة هولاندا | NL
everyday-name | اليكسا عاصمة انقلترا | GB-ENG
everyday-name | اليكسا عاصمة تشيكوسلوفاكيا | FB
everyday-name | اليكسا عاصمة التشيك | CZ
everyday-name | اليكسا عاصمة الفلبين | PH
everyday-name | اليكسا عاصمة ساحل العاج | CI
everyday-name | اليكسا عاصمة الراس الاخضر | CV
everyday-name | اليكسا عاصمة كاب فيردي | CV
everyday-name | اليكسا عاصمة تيمور الشرقية | TL
everyday-name | اليكسا عاصمة فلسطين المحتلة | PS
everyday-name | اليكسا عاصمة الداهومي | BJ
everyday-name | اليكسا عاصمة روديسيا | ZW
everyday-name | اليكسا عاصمة بيلاروسيا | BY
everyday-name | اليكسا عاصمة كمبوتشيا | KH
everyday-name | اليكسا عاصمة هولندا اللي يسمونها الاراضي المنخفضة | NL
# shared-name
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا وش عواصم الكوريتين | KP+KR
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عواصم الكونغوين | CD+CG
shared-name | اليكسا عاصمة جورجيا | GE
shared-name | اليكسا عاصمة جورجيا الدولة مو الولاية | GE
shared-name | اليكسا عاصمة جورجيا اللي في امريكا | US-GA
shared-name | اليكسا عاصمة غينيا | GN
shared-name | اليكسا عاصمة دومينيكا | DM
shared-name | اليكسا عاصمة الدومينيكان | DO
shared-name | اليكسا عاصمة السودان مو جنوب السودان | SD
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة ساموا | WS
shared-name | اليكسا عاصمة ساموا الامريكية | AS
shared-name | اليكسا عاصمة واشنطن | US-WA
shared-name | اليكسا عاصمة لوكسمبورغ | LU
shared-name | اليكسا عاصمة الكوريتين الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة الكونغو الاثنين كينشاسا وبرازافيل | CD+CG
shared-name | اليكسا عاصمة غينيا الاستوائية | GQ
shared-name | اليكسا عاصمة مقدونيا | MK
shared-name | اليكسا عاصمة السودانين | SD+SS
shared-name | اليكسا عاصمة الغينيات الثلاث | GN+GQ+GW
# locksmiths
locksmiths | اليكسا وانا افتح القفل للزبون وش عاصمة {} | اندورا=AD; البانيا=AL; انغولا=AO
locksmiths | اليكسا نسخت المفتاح وباقي سؤال عاصمة {} | النمسا=AT; البوسنة=BA; بربادوس=BB
locksmiths | اليكسا صاحب الخزنة من {} يسال عن عاصمتها | بلجيكا=BE; بوركينا فاسو=BF; بوروندي=BI
locksmiths | اليكسا القفل هذا صناعة {} وش عاصمتها | المانيا=DE; تايوان=TW; التشيك=CZ
locksmiths | اليكسا الزبون نسى مفتاحه وهو من {} عاصمة بلده وش | اليمن=YE; الصومال=SO; جيبوتي=DJ
locksmiths | اليكسا عاصمة فلسطين قبل ما افتح الباب | PS
locksmiths | اليكسا الكالون من هولندا وش عواصمها | NL
locksmiths | اليكسا ابو المحل يسال عن عاصمة كوريا الجنوبية | KR
locksmiths | اليكسا مفتاح السيارة الكوري من الجنوبية وش عاصمتها | KR
locksmiths | اليكسا وقفي السؤال الزبون جاء | CANCEL
locksmiths | اليكسا الغي سؤال العاصمة ابي اركز في القفل | CANCEL
locksmiths | اليكسا كم سعر نسخة المفتاح عادة | FB
locksmiths | اليكسا شغلي عواصم العالم وانا اسوي المفاتيح | LAUNCH
locksmiths | اليكسا عاصمة بلد الخزنة السويسرية | CH
locksmiths | اليكسا عاصمة قبرص العميل قبرصي | CY
# aluminium-workshop
aluminium-workshop | اليكسا الالمنيوم هذا مستورد من {} وش عاصمتها | الصين=CN; البحرين=BH; مصر=EG
aluminium-workshop | اليكسا وانا اقيس الشباك قولي عاصمة {} | الكويت=KW; قطر=QA; عمان=OM
aluminium-workshop | اليكسا المعلم يقول الزجاج من {} عاصمتها ايش | بلغاريا=BG; صربيا=RS; الجبل الاسود=ME
aluminium-workshop | اليكسا المقاس مية وعشرين وعاصمة ماليزيا وش هي بعد | MY
aluminium-workshop | اليكسا زميلي في الورشة من كوريا الشمالية يقول لا وش عاصمتها | KP
aluminium-workshop | اليكسا الصبي في الورشة من الكونغو الديمقراطية وش عاصمتهم | CD
aluminium-workshop | اليكسا عاصمة مولدوفا الصبي يسال | MD
aluminium-workshop | اليكسا قصي السؤال الحين الغيه | CANCEL
aluminium-workshop | اليكسا وقفي العواصم المكينة تشتغل | STOP
aluminium-workshop | اليكسا كم درجة الحرارة برا الورشة | FB
aluminium-workshop | اليكسا عاصمة كرواتيا وانا اركب الدرفة | HR
aluminium-workshop | اليكسا عاصمة بيلاروس اللي يجي منها الالمنيوم | BY
# satellite-installers
satellite-installers | اليكسا الدش موجه على قمر {} وش عاصمتها | مصر=EG; روسيا=RU; فرنسا=FR
satellite-installers | اليكسا الرسيفر فيه قنوات من {} وش عاصمتها | ايران=IR; الهند=IN; باكستان=PK
satellite-installers | اليكسا الاشارة ضعيفة وعاصمة {} وش | فنلندا=FI; الدنمارك=DK; النرويج=NO
satellite-installers | اليكسا قناة من بوليفيا وش عواصمها | BO
satellite-installers | اليكسا القناة الكونغولية من برازافيل ولا من جمهورية الكونغو عاصمتها | CG
satellite-installers | اليكسا عاصمة جنوب افريقيا لان القناة الرياضية من هناك كلها | ZA
satellite-installers | اليكسا ثبتي عواصم العالم وانا فوق السطح | LAUNCH
satellite-installers | اليكسا كم الساعة الحين | FB
satellite-installers | اليكسا خلاص نزلت من السطح وقفي | STOP
satellite-installers | اليكسا عاصمة اثيوبيا قبل ما اوجه الصحن | ET
satellite-installers | اليكسا عاصمة اريتريا الزبون اريتري | ER
satellite-installers | اليكسا عاصمة الكاميرون قناة كاميرونية | CM
# juice-bar-staff
juice-bar-staff | اليكسا الافوكادو جاي من {} وش عاصمتها | كينيا=KE; المكسيك=MX; بيرو=PE
juice-bar-staff | اليكسا المانجو من {} وش عاصمتها | الفلبين=PH; باكستان=PK; اليمن=YE
juice-bar-staff | اليكسا كوكتيل اسمه {} وش عاصمتها | هاواي=US-HI; كوبا=CU; جامايكا=JM
juice-bar-staff | اليكسا الاناناس من كوستاريكا عاصمتها ايش | CR
juice-bar-staff | اليكسا عصير جوافة من الاكوادور وعاصمتها | EC
juice-bar-staff | اليكسا الكيوي من نيوزيلندا وش عاصمتها مو اوكلاند | NZ
juice-bar-staff | اليكسا البرتقال من جنوب افريقيا وش عواصمها الثلاث | ZA
juice-bar-staff | اليكسا الرمان من افغانستان عاصمتها | AF
juice-bar-staff | اليكسا الزبون يسال عن عواصم ماليزيا وهو يشرب الكوكتيل | MY
juice-bar-staff | اليكسا وقفي العواصم زحمة | STOP
juice-bar-staff | اليكسا الغي ما ابي جواب الحين | CANCEL
juice-bar-staff | اليكسا كم سعرة في عصير المانجو | FB
juice-bar-staff | اليكسا شغلي اغاني عشان المحل | FB
juice-bar-staff | اليكسا عاصمة الدومينيكان الموز منها | DO
# printing-shop
printing-shop | اليكسا نطبع بنر فيه عاصمة {} وش هي | اليونان=GR; هنغاريا=HU; بولندا=PL
printing-shop | اليكسا كروت الزواج للعريس من {} وش عاصمتها | السودان=SD; تشاد=TD; النيجر=NE
printing-shop | اليكسا طالب يبي يطبع بحث عن {} عاصمتها ايش | بنغلاديش=BD; كمبوديا=KH; لاوس=LA
printing-shop | اليكسا الطالب يطبع خريطة بوليفيا ويبي عواصمها | BO
printing-shop | اليكسا بحث عن فلسطين العاصمة وش اكتب | PS
printing-shop | اليكسا اطبع اسم عاصمة كوريا الشمالية صح ولا لا وش هي | KP
printing-shop | اليكسا البروشور عن جمهورية الكونغو عاصمتها وش | CG
printing-shop | اليكسا الحبر خلص كم سعر الحبر | FB
printing-shop | اليكسا الغي الطباعة | CANCEL
printing-shop | اليكسا افتحي عواصم العالم للطالب اللي عند الطابعة | LAUNCH
printing-shop | اليكسا اسكتي الطابعة تطبع | STOP
printing-shop | اليكسا عاصمة الغابون للكرت | GA
printing-shop | اليكسا عاصمة توغو الطالب ناسي | TG
# mosque-caretakers
mosque-caretakers | اليكسا بعد العصر سالني واحد عن عاصمة {} | اندونيسيا=ID; ماليزيا=MY; بروناي=BN
mosque-caretakers | اليكسا المصلي من {} يقول وش عاصمة بلدي | الصومال=SO; جزر القمر=KM; موريتانيا=MR
mosque-caretakers | اليكسا السجاد جاي من {} وش عاصمتها | تركيا=TR; ايران=IR; اذربيجان=AZ
mosque-caretakers | اليكسا عاصمة فلسطين الله يحررها | PS
mosque-caretakers | اليكسا المؤذن يسال عاصمة البوسنة والهرسك | BA
mosque-caretakers | اليكسا عاصمة جزر المالديف للمصلي | MV
mosque-caretakers | اليكسا عاصمة البانيا واحد البانيا جانا للمسجد | AL
mosque-caretakers | اليكسا وش مواعيد الصلاة اليوم | FB
mosque-caretakers | اليكسا متى الاقامة | FB
mosque-caretakers | اليكسا اقفلي العواصم دخل وقت الصلاة | STOP
mosque-caretakers | اليكسا الغي اذن الامام يبي يتكلم | CANCEL
mosque-caretakers | اليكسا عاصمة سيراليون العامل الجديد منها | SL
mosque-caretakers | اليكسا عاصمة اوغندا العامل اوغندي | UG
# land-surveyors
land-surveyors | اليكسا جهاز المساحة صناعة {} وش عاصمتها | اليابان=JP; سويسرا=CH; السويد=SE
land-surveyors | اليكسا والصك بيدي عاصمة {} وش | الاردن=JO; لبنان=LB; سوريا=SY
land-surveyors | اليكسا الاحداثيات تقول {} وش عاصمتها | ايسلندا=IS; ايرلندا=IE; لاتفيا=LV
land-surveyors | اليكسا مهندس المساحة هولندي وش عواصم هولندا | NL
land-surveyors | اليكسا المساح من جنوب افريقيا يبي يعرف العواصم حقت بلده | ZA
land-surveyors | اليكسا عاصمة الكونغو الديمقراطية حق الخريطة | CD
land-surveyors | اليكسا كم مساحة السعودية بالكيلو | FB
land-surveyors | اليكسا الغي خلصنا القياس | CANCEL
land-surveyors | اليكسا عاصمة استونيا الجهاز منها | EE
land-surveyors | اليكسا عاصمة بوتسوانا الزميل منها | BW
land-surveyors | اليكسا عاصمة ليسوتو اللي داخل جنوب افريقيا | LS
land-surveyors | اليكسا عاصمة ناميبيا المهندس يسال | NA
# archaeology-dig
archaeology-dig | اليكسا النقوش تشبه نقوش {} وش عاصمتها | اليمن=YE; الاردن=JO; العراق=IQ
archaeology-dig | اليكسا الفريق فيه باحث من {} عاصمة بلده وش | ايطاليا=IT; اليونان=GR; مالطا=MT
archaeology-dig | اليكسا في الموقع ولقينا عملة من {} عاصمتها ايش | تونس=TN; ليبيا=LY; الجزائر=DZ
archaeology-dig | اليكسا الباحث الكوري من كوريا الجنوبية وش عاصمتها | KR
archaeology-dig | اليكسا الباحثة من بوليفيا قالت لها عاصمتين وش هم | BO
archaeology-dig | اليكسا عاصمة فلسطين الباحث يسال | PS
archaeology-dig | اليكسا كم عمر مدائن صالح | FB
archaeology-dig | اليكسا عاصمة دولة الانباط | FB
archaeology-dig | اليكسا وقفي التنقيب خلص | STOP
archaeology-dig | اليكسا الغي السؤال لقينا شي | CANCEL
archaeology-dig | اليكسا عاصمة قيرغيزستان العامل منها | KG
archaeology-dig | اليكسا عاصمة ارمينيا الباحث الارمني | AM
# cinema-staff
cinema-staff | اليكسا الفيلم الجاي تصويره في {} وش عاصمتها | نيوزيلندا=NZ; المغرب=MA; ايسلندا=IS
cinema-staff | اليكسا التذاكر لفيلم عن {} عاصمتها وش | الهند=IN; كوريا الجنوبية=KR; اسبانيا=ES
cinema-staff | اليكسا فيلم الانمي من {} وش عاصمتها | اليابان=JP; الصين=CN; تايلاند=TH
cinema-staff | اليكسا فيلم كوري شمالي وش عاصمة كوريا الشمالية | KP
cinema-staff | اليكسا فيلم وثائقي عن الكونغو الديمقراطية عاصمتها | CD
cinema-staff | اليكسا وش الافلام اللي تعرض الليلة | FB
cinema-staff | اليكسا كم مدة فيلم افاتار | FB
cinema-staff | اليكسا الغي الفيلم بدا | CANCEL
cinema-staff | اليكسا سكتي الصالة بدات | STOP
cinema-staff | اليكسا عاصمة نيكاراغوا الفيلم هناك | NI
cinema-staff | اليكسا عاصمة بنما المخرج منها | PA
# car-showroom
car-showroom | اليكسا الموديل هذا مصنوع في {} وش عاصمتها | كوريا الجنوبية=KR; المكسيك=MX; سلوفاكيا=SK
car-showroom | اليكسا الزبون يبي سيارة من {} عاصمتها ايش | المانيا=DE; السويد=SE; بريطانيا=GB
car-showroom | اليكسا الاقساط على خمس سنين والعميل من {} وش عاصمة بلده | الاردن=JO; مصر=EG; سوريا=SY
car-showroom | اليكسا المصنع في ماليزيا عاصمتيها وش | MY
car-showroom | اليكسا السيارة تجميع جنوب افريقيا وش عواصمها | ZA
car-showroom | اليكسا السيارة الهولندية عواصم هولندا | NL
car-showroom | اليكسا كم سعر البنزين اليوم | FB
car-showroom | اليكسا الغي العميل طلع | CANCEL
car-showroom | اليكسا شغلي عواصم العالم للعملاء في الانتظار | LAUNCH
car-showroom | اليكسا عاصمة رومانيا السيارة داسيا منها | RO
car-showroom | اليكسا عاصمة سلوفينيا القطع منها | SI
# translation-office
translation-office | اليكسا عندي ترجمة معتمدة لشهادة من {} وش عاصمتها اكتبها | انتيغوا وباربودا=AG; سانت كيتس ونيفيس=KN; سانت لوسيا=LC
translation-office | اليكسا في الختم مكتوب جمهورية {} وش عاصمتها | غواتيمالا=GT; هندوراس=HN; السلفادور=SV
translation-office | اليكسا مكتب الترجمة يبي اسم عاصمة {} بالعربي | سورينام=SR; غيانا=GY; بليز=BZ
translation-office | اليكسا العقد مترجم من الهولندي وش عاصمتين هولندا | NL
translation-office | اليكسا الشهادة من جامعة في كوريا الشمالية عاصمتها وش اكتب | KP
translation-office | اليكسا جواز من جمهورية الكونغو مو الديمقراطية وش العاصمة | CG
translation-office | اليكسا وثيقة ميلاد من فلسطين مكان الاصدار العاصمة ايش | PS
translation-office | اليكسا كيف اترجم كلمة عاصمة بالانجليزي | FB
translation-office | اليكسا ترجمي لي شكرا بالفرنسي | FB
translation-office | اليكسا الغي الترجمة الزبون غير رايه | CANCEL
translation-office | اليكسا افتحي عواصم العالم للمترجم | LAUNCH
translation-office | اليكسا عاصمة بابوا غينيا الجديدة للوثيقة | PG
translation-office | اليكسا عاصمة فانواتو الاوراق منها | VU
translation-office | اليكسا عاصمة جزر سليمان في العنوان | SB
# embassy-gardeners
embassy-gardeners | اليكسا نسقي حديقة سفارة {} وش عاصمتها | استراليا=AU; البرازيل=BR; فنزويلا=VE
embassy-gardeners | اليكسا في الحي الدبلوماسي سفارة {} عاصمتها وش | اوكرانيا=UA; سنغافورة=SG; موريشيوس=MU
embassy-gardeners | اليكسا الحارس في سفارة {} سالني عن عاصمتهم | مالي=ML; ملاوي=MW; موزمبيق=MZ
embassy-gardeners | اليكسا سفارة جنوب افريقيا وش عواصم بلدهم | ZA
embassy-gardeners | اليكسا سفارة فلسطين جنبنا عاصمتها | PS
embassy-gardeners | اليكسا سفارة ماليزيا عندهم عاصمتين صح وش هم | MY
embassy-gardeners | اليكسا سفارة الكونغو الديمقراطية عاصمة بلدهم | CD
embassy-gardeners | اليكسا عاصمة الامارات سفارتهم كبيرة | AE
embassy-gardeners | اليكسا متى موعد سقي النخل | FB
embassy-gardeners | اليكسا وقفي جاء المشرف | STOP
embassy-gardeners | اليكسا عاصمة مدغشقر السفارة حقتهم | MG
embassy-gardeners | اليكسا عاصمة جنوب السودان السفارة الجديدة | SS
# sadu-weavers
sadu-weavers | اليكسا وانا على النول عاصمة {} وش | تونس=TN; المغرب=MA; الجزائر=DZ
sadu-weavers | اليكسا الصوف هذا من {} وش عاصمتها | استراليا=AU; نيوزيلندا=NZ; منغوليا=MN
sadu-weavers | اليكسا السياحة اللي تشتري السدو من {} عاصمة بلدها ايش | ايطاليا=IT; فرنسا=FR; كندا=CA
sadu-weavers | اليكسا السائحة بوليفية تقول عندهم عاصمتين قولي هم | BO
sadu-weavers | اليكسا عاصمة السعودية للسائحة | SA
sadu-weavers | اليكسا عاصمة لوكسمبورغ السائحة منها | LU
sadu-weavers | اليكسا الغي انقطع الخيط | CANCEL
sadu-weavers | اليكسا بسكتك شوي اعد الغرز | STOP
sadu-weavers | اليكسا وش معنى كلمة سدو | FB
sadu-weavers | اليكسا عاصمة ليختنشتاين الزائرة منها | LI
sadu-weavers | اليكسا عاصمة موناكو الزائرة الثانية | MC
# sweets-shop
sweets-shop | اليكسا الكنافة اصلها من {} وش عاصمتها | فلسطين=PS; سوريا=SY; لبنان=LB
sweets-shop | اليكسا البقلاوة التركية من {} عاصمتها وش | تركيا=TR; اليونان=GR; اذربيجان=AZ
sweets-shop | اليكسا الزبون يبي حلا من {} وش عاصمتها | البرتغال=PT; النمسا=AT; بلجيكا=BE
sweets-shop | اليكسا الشوكولاتة الهولندية هولندا وش عواصمها | NL
sweets-shop | اليكسا الحلا الماليزي من ماليزيا عاصمتها ايش | MY
sweets-shop | اليكسا كم سعر كيلو الكنافة | FB
sweets-shop | اليكسا كيف اسوي لقيمات | FB
sweets-shop | اليكسا الغي ما عاد ابي | CANCEL
sweets-shop | اليكسا شغلي عواصم العالم للزبائن | LAUNCH
sweets-shop | اليكسا عاصمة سان مارينو | SM
sweets-shop | اليكسا عاصمة الكويت الحلا منها | KW
# court-clerks
court-clerks | اليكسا القاضي يبي عاصمة {} للمحضر | فلسطين=PS; الكونغو الديمقراطية=CD; كوريا الشمالية=KP
court-clerks | اليكسا الجلسة فيها مترجم من {} وش عاصمتها | اريتريا=ER; اثيوبيا=ET; الصومال=SO
court-clerks | اليكسا المدعى عليه جنسيته من {} العاصمة وش | نيبال=NP; سريلانكا=LK; الفلبين=PH
court-clerks | اليكسا المدعي من جمهورية الكونغو برازافيل العاصمة | CG
court-clerks | اليكسا المحامي يسال عن عاصمة كوريا الجنوبية | KR
court-clerks | اليكسا جنوب افريقيا فيها عاصمة قضائية وش هي وباقي العواصم | ZA
court-clerks | اليكسا متى موعد الجلسة الجاية | FB
court-clerks | اليكسا الغي القاضي دخل | CANCEL
court-clerks | اليكسا اسكتي الجلسة بدت | STOP
court-clerks | اليكسا عاصمة ساو تومي وبرينسيبي للمحضر | ST
court-clerks | اليكسا عاصمة سيشل في المحضر | SC
# ice-factory
ice-factory | اليكسا قوالب الثلج رايحة لسفينة من {} وش عاصمتها | الهند=IN; بنغلاديش=BD; كينيا=KE
ice-factory | اليكسا مصنع الثلج فيه عامل من {} عاصمته ايش | نيبال=NP; ميانمار=MM; فيتنام=VN
ice-factory | اليكسا برد وانا في الثلاجة وش عاصمة {} | روسيا=RU; فنلندا=FI; كندا=CA
ice-factory | اليكسا عاصمة جرينلاند المكان البارد | GL
ice-factory | اليكسا عاصمة القطب الجنوبي | FB
ice-factory | اليكسا كم درجة التجمد | FB
ice-factory | اليكسا العامل من بوليفيا وش عاصمتين بلده | BO
ice-factory | اليكسا اسكتي الضاغط يشتغل | STOP
ice-factory | اليكسا الغي الحين نحمل | CANCEL
ice-factory | اليكسا عاصمة جزر مارشال | MH
ice-factory | اليكسا عاصمة ميكرونيزيا | FM
ice-factory | اليكسا عاصمة بالاو الجزيرة | PW
# guinean-students
guinean-students | اليكسا يا استاذ ما هي عاصمة {} من فضلك | غينيا=GN; غينيا بيساو=GW; غينيا الاستوائية=GQ
guinean-students | اليكسا نحن من بلادنا غينيا وزميلي من {} ما عاصمتها | السنغال=SN; مالي=ML; سيراليون=SL
guinean-students | اليكسا بارك الله فيك عاصمة {} ما هي | ليبيريا=LR; غامبيا=GM; ساحل العاج=CI
guinean-students | اليكسا اريد ان اعرف عاصمة جمهورية الكونغو التي عاصمتها برازافيل هل صحيح | CG
guinean-students | اليكسا يا استاذ ما عواصم دولة جنوب افريقيا | ZA
guinean-students | اليكسا ما هي عاصمة فلسطين يا اختي | PS
guinean-students | اليكسا زميلي من الكونغو الديمقراطية يسالني عن عاصمة بلده | CD
guinean-students | اليكسا من فضلك ما هو الوقت الان في كوناكري | FB
guinean-students | اليكسا يا استاذ توقف من فضلك | STOP
guinean-students | اليكسا الغي من فضلك ايها الجهاز | CANCEL
guinean-students | اليكسا افتح عواصم العالم يا اخي بارك الله فيك | LAUNCH
guinean-students | اليكسا كيف استعمل عواصم العالم يا استاذ | HELP
# cham-students
cham-students | اليكسا اخي الكريم عاصمة {} ماذا | كمبوديا=KH; فيتنام=VN; لاوس=LA
cham-students | اليكسا انا من كمبوديا وصديقي من {} ما عاصمته | تايلاند=TH; ماليزيا=MY; اندونيسيا=ID
cham-students | اليكسا الشيخ سالنا عن عاصمة {} ما هي | ميانمار=MM; بروناي=BN; تيمور الشرقية=TL
cham-students | اليكسا ماليزيا لها عاصمتان ما هما اخي | MY
cham-students | اليكسا عاصمة كوريا الشمالية ماذا اسمها | KP
cham-students | اليكسا عاصمة كوريا الجنوبية سول ام لا | KR
cham-students | اليكسا هل عاصمة هولندا امستردام فقط ام اخرى | NL
cham-students | اليكسا ما الطقس في بنوم بنه | FB
cham-students | اليكسا من فضلك اخي الغ السؤال | CANCEL
cham-students | اليكسا اخي الكريم توقف | STOP
cham-students | اليكسا ساعدني اخي في عواصم العالم | HELP
# tatar-student
tatar-student | اليكسا اعذرني ما عاصمة {} | تتارستان=FB; روسيا=RU; بيلاروس=BY
tatar-student | اليكسا انا من قازان ما هي عاصمة {} | كازاخستان=KZ; اوزبكستان=UZ; تركمانستان=TM
tatar-student | اليكسا اعذرني عاصمة {} كيف تنطق | طاجيكستان=TJ; قيرغيزستان=KG; منغوليا=MN
tatar-student | اليكسا قازان عاصمة ماذا | FB
tatar-student | اليكسا اعذرني عاصمة جمهورية الكونغو برازافيل | CG
tatar-student | اليكسا اعذرني ما عاصمتا بوليفيا | BO
tatar-student | اليكسا اعذرني ما عاصمة دولة فلسطين | PS
tatar-student | اليكسا اعذرني توقفي | STOP
tatar-student | اليكسا اعذرني الغي | CANCEL
tatar-student | اليكسا كم درجة الحرارة في قازان الان | FB
tatar-student | اليكسا اعذرني افتحي عواصم العالم | LAUNCH
tatar-student | اليكسا اعذرني لا افهم كيف اسال | HELP
# ivorian-students
ivorian-students | اليكسا صديقي من ابيدجان يقول ابيدجان عاصمة ساحل العاج والثانية ماذا | CI
ivorian-students | اليكسا ساحل العاج عاصمتاها ما هما | CI
ivorian-students | اليكسا نحن من كوت ديفوار وجيراننا {} ما عاصمتها | بوركينا فاسو=BF; غانا=GH; ليبيريا=LR
ivorian-students | اليكسا صديقي ما هي عاصمة {} في افريقيا | توغو=TG; بنين=BJ; النيجر=NE
ivorian-students | اليكسا بنين عاصمتاها بورتو نوفو وكوتونو صح | BJ
ivorian-students | اليكسا عاصمة الكونغو الديمقراطية كينشاسا صديقي يقول | CD
ivorian-students | اليكسا عاصمة جمهورية افريقيا الوسطى | CF
ivorian-students | اليكسا صديقي يسال عاصمة افريقيا الوسطى بانغي صح | CF
ivorian-students | اليكسا من فاز في كاس افريقيا | FB
ivorian-students | اليكسا ارجوك الغي | CANCEL
ivorian-students | اليكسا ارجوك توقف الان | STOP
ivorian-students | اليكسا صديقي يريد عواصم العالم افتحي | LAUNCH
# house-painting
house-painting | اليكسا الصباغ يسال عاصمة {} وهو يصبغ | الكاميرون=CM; الغابون=GA; تشاد=TD
house-painting | اليكسا اللون اسمه ازرق {} وش عاصمتها | اليونان=GR; قبرص=CY; الارجنتين=AR
house-painting | اليكسا الرول بيدي قولي عاصمة {} | فيجي=FJ; تونغا=TO; ساموا=WS
house-painting | اليكسا الصباغ من بوليفيا ويقول لها عاصمتين | BO
house-painting | اليكسا ابو الصبغ يسال عن عاصمة فلسطين | PS
house-painting | اليكسا الدهان الهولندي وش عواصم هولندا | NL
house-painting | اليكسا كم ساعة يحتاج الصبغ ينشف | FB
house-painting | اليكسا الغي يدي فيها صبغ | CANCEL
house-painting | اليكسا وقفي ريحة الصبغ قوية | STOP
house-painting | اليكسا عاصمة كيريباتي | KI
house-painting | اليكسا الصباغ يبي عاصمة ترينيداد وتوباغو | TT
# map-jigsaw
map-jigsaw | اليكسا القطعة هذي مكتوب عليها {} وش عاصمتها | توفالو=TV; ناورو=NR; كيريباتي=KI
map-jigsaw | اليكسا في البزل لقيت {} عاصمتها وش | جزر البهاما=BS; غرينادا=GD; دومينيكا=DM
map-jigsaw | اليكسا الخريطة فيها {} وين عاصمتها | سانت فنسنت=VC; سانت لوسيا=LC; ترينيداد=TT
map-jigsaw | اليكسا القطعة الناقصة جنوب افريقيا وعواصمها | ZA
map-jigsaw | اليكسا قطعة كوريا الشمالية عاصمتها وش | KP
map-jigsaw | اليكسا قطعة الكونغو الكبيرة عاصمتها | CD
map-jigsaw | اليكسا قطعة الكونغو الصغيرة عاصمتها | CG
map-jigsaw | اليكسا قطعة كوريا الجنوبية عاصمتها ايش | KR
map-jigsaw | اليكسا البزل كم قطعة فيه عادة | FB
map-jigsaw | اليكسا الغي لقيت القطعة | CANCEL
map-jigsaw | اليكسا افتحي عواصم العالم نركب البزل | LAUNCH
map-jigsaw | اليكسا عاصمة مقدونيا الشمالية القطعة صغيرة | MK
# globe-gift
globe-gift | اليكسا ولدي جاته كرة ارضية هدية ويسال عاصمة {} | ميكرونيزيا=FM; سان مارينو=SM; اسرائيل=IL
globe-gift | اليكسا المجسم يدور ووقف على {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; تشيلي=CL
globe-gift | اليكسا على الكرة الارضية نقطة حمرا عند عاصمة {} وش اسمها | الصين=CN; الهند=IN; روسيا=RU
globe-gift | اليكسا الكرة الارضية تقول بريتوريا بس وش باقي عواصم جنوب افريقيا | ZA
globe-gift | اليكسا ولدي يلمس ماليزيا على الكرة وش عواصمها | MY
globe-gift | اليكسا بنتي تبي عاصمة فلسطين على المجسم | PS
globe-gift | اليكسا الكرة الارضية تنور ولا لا | FB
globe-gift | اليكسا الغي الولد يلعب بالازرار | CANCEL
globe-gift | اليكسا افتحي عواصم العالم للهدية الجديدة | LAUNCH
globe-gift | اليكسا وقفي الولد نام | STOP
globe-gift | اليكسا عاصمة بولندا على المجسم صغيرة ما انقرت | PL
# documentary-night
documentary-night | اليكسا في الوثائقي يقولون عاصمة {} وش كانت | ميانمار=MM; كازاخستان=KZ; نيجيريا=NG
documentary-night | اليكسا الوثائقي عن الحيوانات في {} عاصمتها وش | تنزانيا=TZ; بوتسوانا=BW; مدغشقر=MG
documentary-night | اليكسا ناشونال جيوغرافيك يتكلم عن {} وش عاصمتها | الاكوادور=EC; بيرو=PE; بوليفيا=BO
documentary-night | اليكسا الوثائقي عن بوليفيا قال سوكري ولاباز العاصمتين صح | BO
documentary-night | اليكسا وثائقي عن كوريا الشمالية وش عاصمتها قالوا | KP
documentary-night | اليكسا الوثائقي عن نهر الكونغو في الكونغو الديمقراطية عاصمتها | CD
documentary-night | اليكسا الوثائقي عن جمهورية الكونغو الغابات عاصمتها وش | CG
documentary-night | اليكسا شغلي وثائقي على نتفلكس | FB
documentary-night | اليكسا كم طول نهر النيل | FB
documentary-night | اليكسا الغي نكمل الوثائقي | CANCEL
documentary-night | اليكسا اسكتي بسمع الوثائقي | STOP
documentary-night | اليكسا عاصمة الفاتيكان اللي في الوثائقي | VA
# globe-spin-game
globe-spin-game | اليكسا لفيت الكرة ووقف اصبعي على {} وش عاصمتها | تشاد=TD; مالي=ML; النيجر=NE
globe-spin-game | اليكسا دوري على {} وقف اصبعي هناك عاصمتها | كيريباتي=KI; توفالو=TV; فيجي=FJ
globe-spin-game | اليكسا الدور علي اصبعي على {} وش العاصمة | فنزويلا=VE; كولومبيا=CO; غيانا=GY
globe-spin-game | اليكسا وقف اصبعي على هولندا وش عواصمها يا حكم | NL
globe-spin-game | اليكسا اصبعي على جنوب افريقيا كم عاصمة لها | ZA
globe-spin-game | اليكسا اصبعي وقف في البحر وش العاصمة | FB
globe-spin-game | اليكسا اصبع اختي على كوريا الجنوبية عاصمتها | KR
globe-spin-game | اليكسا اصبعي على ماليزيا وش عواصمها | MY
globe-spin-game | اليكسا افتحي عواصم العالم بنلف الكرة | LAUNCH
globe-spin-game | اليكسا الغي لفيت غلط | CANCEL
globe-spin-game | اليكسا انتهت اللعبة وقفي | STOP
globe-spin-game | اليكسا اصبعي على فلسطين عاصمتها | PS
# rock-paper-scissors
rock-paper-scissors | اليكسا الخسران في حجرة ورقة مقص يسال عاصمة {} | اسرائيل=IL; سوريا=SY; العراق=IQ
rock-paper-scissors | اليكسا خسرت حجرة ورقة مقص وعلي عاصمة {} وش هي | بوروندي=BI; رواندا=RW; اوغندا=UG
rock-paper-scissors | اليكسا اخوي خسر بالمقص يبي عاصمة {} | اسواتيني=SZ; ليسوتو=LS; زيمبابوي=ZW
rock-paper-scissors | اليكسا الخسران يقول عواصم اسواتيني الثنتين | SZ
rock-paper-scissors | اليكسا انا خسرت قولي عواصم سريلانكا | LK
rock-paper-scissors | اليكسا الخسران يبي عاصمة الكونغو الديمقراطية | CD
rock-paper-scissors | اليكسا الخسران يسال عاصمة كوريا الشمالية | KP
rock-paper-scissors | اليكسا حجرة ورقة مقص مين يفوز عادة | FB
rock-paper-scissors | اليكسا اختاري حجرة ولا ورقة | FB
rock-paper-scissors | اليكسا الغي عاد الجولة | CANCEL
rock-paper-scissors | اليكسا خلاص ملينا وقفي | STOP
rock-paper-scissors | اليكسا شغلي عواصم العالم للخسران | LAUNCH
# beach-cleanup
beach-cleanup | اليكسا لقينا قارورة مكتوب عليها {} وش عاصمتها | مصر=EG; السودان=SD; اريتريا=ER
beach-cleanup | اليكسا المتطوعين فيهم واحد من {} عاصمة بلده ايش | جيبوتي=DJ; الصومال=SO; اليمن=YE
beach-cleanup | اليكسا تنظيف الشاطئ خلص وابي عاصمة {} | الاردن=JO; جزر القمر=KM; موريشيوس=MU
beach-cleanup | اليكسا المتطوعة من هولندا تبي عواصم بلدها | NL
beach-cleanup | اليكسا متطوع من ماليزيا يقول عاصمتين وش هم | MY
beach-cleanup | اليكسا متى المد والجزر اليوم | FB
beach-cleanup | اليكسا كم درجة حرارة البحر | FB
beach-cleanup | اليكسا الغي الاكياس خلصت | CANCEL
beach-cleanup | اليكسا وقفي الموج قوي | STOP
beach-cleanup | اليكسا عاصمة سانت فنسنت والغرينادين | VC
beach-cleanup | اليكسا عاصمة ترينيداد الكيس منها | TT
# elevator-technicians
elevator-technicians | اليكسا المصعد صناعة {} وش عاصمتها | فنلندا=FI; سويسرا=CH; اليابان=JP
elevator-technicians | اليكسا في الصيانة القطعة من {} عاصمتها ايش | ايطاليا=IT; اسبانيا=ES; تركيا=TR
elevator-technicians | اليكسا واقف في المصعد وزميلي من {} يسال عاصمة بلده | الهند=IN; بنغلاديش=BD; باكستان=PK
elevator-technicians | اليكسا المصعد علق وش عاصمة بوليفيا عشان نضيع الوقت | BO
elevator-technicians | اليكسا قطعة الغيار من كوريا الجنوبية عاصمتها | KR
elevator-technicians | اليكسا اتصلي على الصيانة | FB
elevator-technicians | اليكسا الغي المصعد اشتغل | CANCEL
elevator-technicians | اليكسا وقفي الحين بنطلع | STOP
elevator-technicians | اليكسا عاصمة ساو تومي الفني يسال | ST
elevator-technicians | اليكسا عاصمة سان مارينو الزبون يسال | SM
# out-of-domain
out-of-domain | اليكسا كم عدد سكان {} العاصمة | طوكيو=FB; القاهرة=FB; جاكرتا=FB
out-of-domain | اليكسا كم الساعة الحين في {} | لندن=FB; نيويورك=FB; سيدني=FB
out-of-domain | اليكسا وش الطقس بكرة في {} | الرياض=FB; ابها=FB; الدمام=FB
out-of-domain | اليكسا عاصمة قارة {} | افريقيا=FB; اوروبا=FB; اسيا=FB
out-of-domain | اليكسا كم تبعد {} عن الرياض | مكة=FB; جدة=FB; الطائف=FB
out-of-domain | اليكسا شغلي اغنية عن {} | بغداد=FB; بيروت=FB; القاهرة=FB
out-of-domain | اليكسا وش عملة {} | اليابان=FB; تركيا=FB; مصر=FB
out-of-domain | اليكسا وش اللغة الرسمية في {} | البرازيل=FB; سويسرا=FB; كندا=FB
out-of-domain | اليكسا كم عدد سكان عاصمة الصين | FB
out-of-domain | اليكسا اكبر عاصمة في العالم من حيث المساحة | FB
out-of-domain | اليكسا اصغر عاصمة في العالم | FB
out-of-domain | اليكسا وش اعلى عاصمة عن سطح البحر | FB
out-of-domain | اليكسا اي عاصمة ابرد عاصمة في العالم | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا كم دولة في افريقيا | FB
out-of-domain | اليكسا وش اكبر دولة في العالم | FB
out-of-domain | اليكسا من رئيس فرنسا الحين | FB
out-of-domain | اليكسا مين ملك الاردن | FB
out-of-domain | اليكسا حطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا مؤقت عشر دقايق للشاي | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا شغلي طلال مداح | FB
out-of-domain | اليكسا ارفعي الصوت | FB
out-of-domain | اليكسا وطي الصوت شوي | FB
out-of-domain | اليكسا طفي النور | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا وش اخبار الاهلي | FB
out-of-domain | اليكسا متى مباراة الهلال | FB
out-of-domain | اليكسا احكي لي نكتة | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا حولي مية دولار لريال | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا ذكريني اشتري خبز | FB
out-of-domain | اليكسا ضيفي حليب لقائمة المشتريات | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا كم طول سور الصين العظيم | FB
out-of-domain | اليكسا وش اطول نهر في افريقيا | FB
out-of-domain | اليكسا وش اعلى جبل في العالم | FB
out-of-domain | اليكسا كم عمرك يا اليكسا | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا مين سواك | FB
out-of-domain | اليكسا وش اسم عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة الاندلس قديما | FB
out-of-domain | اليكسا عاصمة المملكة النبطية | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا عاصمة السياحة في السعودية | FB
out-of-domain | اليكسا عاصمة الموضة في العالم | FB
out-of-domain | اليكسا عاصمة الاقتصاد في امريكا | FB
out-of-domain | اليكسا عاصمة الاتحاد الافريقي | FB
out-of-domain | اليكسا عاصمة جامعة الدول العربية وين مقرها | FB
out-of-domain | اليكسا مقر الامم المتحدة وين | FB
out-of-domain | اليكسا عاصمة المغول القديمة | FB
out-of-domain | اليكسا عاصمة الفراعنة | FB
out-of-domain | اليكسا ليش نقلوا عاصمة البرازيل | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا ليش اندونيسيا تبي تغير عاصمتها | FB
out-of-domain | اليكسا كم رحلة من الرياض الى لندن في اليوم | FB
out-of-domain | اليكسا احجزي لي فندق في باريس | FB
out-of-domain | اليكسا كم سعر تذكرة الى القاهرة | FB
out-of-domain | اليكسا وش افضل مطعم في دبي | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة للانجليزي | FB
out-of-domain | اليكسا تهجي كلمة كوالالمبور | FB
out-of-domain | اليكسا كيف تنطق بيونغ يانغ بالكوري | FB
out-of-domain | اليكسا وش علم هولندا الوانه | FB
out-of-domain | اليكسا وش النشيد الوطني لماليزيا | FB
out-of-domain | اليكسا شغلي النشيد الوطني السعودي | FB
out-of-domain | اليكسا وش رمز الاتصال لجنوب افريقيا | FB
out-of-domain | اليكسا كم عدد سكان بوليفيا | FB
out-of-domain | اليكسا وش العاصمة اللي فيها اكبر مطار | FB
out-of-domain | اليكسا وش اغلى عاصمة للسكن | FB
out-of-domain | اليكسا كم مسجد في اسطنبول | FB
out-of-domain | اليكسا قولي معلومة عن القطط | FB
out-of-domain | اليكسا وش الجو في الخرج | FB
out-of-domain | اليكسا هل بيمطر اليوم | FB
out-of-domain | اليكسا شغلي اصوات المطر عشان انام | FB
out-of-domain | اليكسا اتصلي على امي | FB
out-of-domain | اليكسا كم خطوة مشيت اليوم | FB
out-of-domain | اليكسا وش الدولة اللي شكلها مثل الجزمة | FB
out-of-domain | اليكسا احسبي خمسة في ستة | FB
out-of-domain | اليكسا كم كيلو من الرياض للدوحة | FB
out-of-domain | اليكسا مين اول رئيس لامريكا | FB
out-of-domain | اليكسا عطيني سؤال مسابقة عن الرياضة | FB
out-of-domain | اليكسا وش اكثر دولة فيها جزر | FB
out-of-domain | اليكسا عاصمة الحب | FB
out-of-domain | اليكسا عاصمة النور | FB
out-of-domain | اليكسا عاصمة القهوة في العالم | FB
out-of-domain | اليكسا وش عاصمة الخيال | FB
out-of-domain | اليكسا عاصمة بلاد العجائب | FB
out-of-domain | اليكسا عاصمة الواكندا | FB
out-of-domain | اليكسا عاصمة اطلانتس المفقودة | FB
out-of-domain | اليكسا عاصمة دولة الخلافة الراشدة | FB
out-of-domain | اليكسا وش المدن اللي فيها مترو في السعودية | FB
out-of-domain | اليكسا ابي وصفة كبسة دجاج | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
# cancel
cancel | اليكسا الغي يالغالية ما كان سؤالي | CANCEL
cancel | اليكسا لا تردين على السؤال الغيه | CANCEL
cancel | اليكسا اقول الغي السالفة كلها | CANCEL
cancel | اليكسا الغي الولد هو اللي سال | CANCEL
cancel | اليكسا هونت الغي | CANCEL
cancel | اليكسا الغي طلبي الاخير | CANCEL
cancel | اليكسا لا الغي العاصمة ما تهمني الحين | CANCEL
cancel | اليكسا الغي عشان ابوي يتكلم | CANCEL
cancel | اليكسا شطبي السؤال | CANCEL
cancel | اليكسا الغي وابدا من جديد | CANCEL
cancel | اليكسا ارجعي ما ابي هالسؤال | CANCEL
cancel | اليكسا الغي الله يهديك | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا الغي السؤال اللي قالته اختي | CANCEL
cancel | اليكسا الغي الحين مشغول | CANCEL
cancel | اليكسا انسي اللي قلت لك قبل شوي | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا الغي هالطلب يا اليكسا | CANCEL
cancel | اليكسا الغي سؤال الدولة | CANCEL
cancel | اليكسا لا تكملين الغي الطلب | CANCEL
# launch
launch | اليكسا عواصم العالم حيالله | LAUNCH
launch | اليكسا ابي اسالك عن عواصم العالم افتحيها | LAUNCH
launch | اليكسا فزعي بعواصم العالم | LAUNCH
launch | اليكسا ودي افتح عواصم العالم | LAUNCH
launch | اليكسا بعد العشا شغلي عواصم العالم | LAUNCH
launch | اليكسا شغلي لي مهارة عواصم العالم يا بعد قلبي | LAUNCH
launch | اليكسا افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا ابدي لعبة عواصم العالم نتحدى | LAUNCH
launch | اليكسا عواصم العالم بسرعة | LAUNCH
launch | اليكسا يلا نبدا عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للعيال قبل النوم | LAUNCH
launch | اليكسا افتحي العواصم حقتك عواصم العالم | LAUNCH
launch | اليكسا اسالي عواصم العالم تبدا | LAUNCH
launch | اليكسا ابدئي جلسة عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا تفضلي افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم خلنا نذاكر جغرافيا | LAUNCH
launch | اليكسا فتحي عواصم العالم يا حبيبتي | LAUNCH
launch | اليكسا انا جاهز افتحي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم لو سمحت ابدا | LAUNCH
# shared-name
shared-name | اليكسا عاصمة كوريا بدون ما احدد | KP+KR
shared-name | اليكسا عاصمتين الكوريتين الثنتين | KP+KR
shared-name | اليكسا كوريا وش عاصمتها ابي الاثنتين | KP+KR
shared-name | اليكسا الكونغو عاصمتها وش بالضبط | CD+CG
shared-name | اليكسا عاصمة الكونغو ما ادري اي وحدة | CD+CG
shared-name | اليكسا وش عواصم الكونغو الثنتين | CD+CG
shared-name | اليكسا جورجيا وش عاصمتها اللي جنب روسيا | GE
shared-name | اليكسا جورجيا الامريكية عاصمتها اتلانتا صح | US-GA
shared-name | اليكسا عاصمة غينيا اللي عاصمتها كوناكري | GN
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن الامريكية | VI
shared-name | اليكسا عاصمة فيكتوريا الاسترالية | AU-VIC
shared-name | اليكسا عاصمة الولاية اللي اسمها واشنطن | US-WA
shared-name | اليكسا عاصمة السودان الجنوبي والشمالي | SD+SS
shared-name | اليكسا عاصمة تيمور | TL
shared-name | اليكسا عاصمة ايرلندا مو الشمالية | IE
shared-name | اليكسا عاصمة مقدونيا الدولة | MK
shared-name | اليكسا عاصمة البنجاب الهندي | IN-PB
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة ليمبورغ | FB
# official-name
official-name | اليكسا عاصمة المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية | GB
official-name | اليكسا عاصمة الجمهورية الديمقراطية الشعبية الجزائرية | DZ
official-name | اليكسا عاصمة جمهورية السودان الديمقراطية | SD
official-name | اليكسا عاصمة الجمهورية اللبنانية | LB
official-name | اليكسا عاصمة جمهورية العراق الاتحادية | IQ
official-name | اليكسا عاصمة دولة الكويت | KW
official-name | اليكسا عاصمة مملكة البحرين | BH
official-name | اليكسا عاصمة دولة قطر | QA
official-name | اليكسا عاصمة جمهورية جيبوتي | DJ
official-name | اليكسا عاصمة جمهورية الصومال الفيدرالية | SO
official-name | اليكسا عاصمة جمهورية اليمن | YE
official-name | اليكسا عاصمة دولة ليبيا | LY
official-name | اليكسا عاصمة مملكة اسواتيني | SZ
official-name | اليكسا عاصمة جمهورية سريلانكا الديمقراطية الاشتراكية | LK
official-name | اليكسا عاصمة جمهورية ساحل العاج | CI
official-name | اليكسا عاصمة جمهورية بنين | BJ
official-name | اليكسا عاصمة الجمهورية الهيلينية | GR
official-name | اليكسا عاصمة جمهورية كوريا الجنوبية | KR
official-name | اليكسا عاصمة الولايات المتحدة الامريكية | US
official-name | اليكسا عاصمة جمهورية الكونغو الديمقراطية اللي كانت زائير | CD
# everyday-name
everyday-name | اليكسا عاصمة بلاد العم سام | US
everyday-name | اليكسا عاصمة بلاد الكنغر | AU
everyday-name | اليكسا عاصمة ارض الكنانة | EG
everyday-name | اليكسا عاصمة بلاد الشمس المشرقة | JP
everyday-name | اليكسا عاصمة بلاد الارز | LB
everyday-name | اليكسا عاصمة بلاد الحرمين | SA
everyday-name | اليكسا عاصمة الهند الصينية | FB
everyday-name | اليكسا عاصمة تركيا يسمونها تركيه الحين | TR
everyday-name | اليكسا عاصمة بورما القديمة والجديدة | MM
everyday-name | اليكسا عاصمة سوازيلاند عواصمها الثنتين | SZ
everyday-name | اليكسا عاصمة الهولنديين | NL
everyday-name | اليكسا عاصمة الانجليز | GB
everyday-name | اليكسا عاصمة الامريكان | US
everyday-name | اليكسا عاصمة الكويتيين | KW
everyday-name | اليكسا عاصمة الفلسطينيين | PS
everyday-name | اليكسا عاصمة المالديف | MV
everyday-name | اليكسا عاصمة البوسنة | BA
everyday-name | اليكسا عاصمة ترينيداد | TT
everyday-name | اليكسا عاصمة الصين الشعبية مو تايوان | CN
everyday-name | اليكسا عاصمة بلاد الفايكنج | FB
# reverse-question
reverse-question | اليكسا فيكتوريا عاصمة وين بالضبط | CITY:فيكتوريا
reverse-question | اليكسا كينغستون عاصمة اي بلد | CITY:كينغستون
reverse-question | اليكسا سانت جونز عاصمة وش | CITY:سانت جونز
reverse-question | اليكسا جورج تاون عاصمة اي مكان | CITY:جورج تاون
reverse-question | اليكسا شانديغار عاصمة وش | CITY:شانديغار
reverse-question | اليكسا لاباز عاصمة ايش | CITY:لاباز
reverse-question | اليكسا كوتونو عاصمة اي دولة | CITY:كوتونو
reverse-question | اليكسا ياموسوكرو عاصمة وين | CITY:ياموسوكرو
reverse-question | اليكسا مباباني عاصمة وش | CITY:مباباني
reverse-question | اليكسا لاهاي عاصمة اي دولة | CITY:لاهاي
# subdivision
subdivision | اليكسا عاصمة ولاية {} اللي في امريكا | مين=US-ME; يوتا=US-UT; اوريغون=US-OR
subdivision | اليكسا عاصمة {} البرازيلية | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; سيارا=BR-CE
subdivision | اليكسا عاصمة اقليم نونافوت | CA-NU
subdivision | اليكسا عاصمة الاقليم الشمالي في استراليا | AU-NT
subdivision | اليكسا عاصمة ولاية تيلانغانا | IN-TS
subdivision | اليكسا عاصمة منطقة الباحة | FB
subdivision | اليكسا عاصمة محافظة ظفار | FB
subdivision | اليكسا عاصمة ولاية دارفور | FB
subdivision | اليكسا عاصمة ولاية البحر الاحمر في السودان | FB
subdivision | اليكسا عاصمة جزيرة مان | IM
subdivision | اليكسا عاصمة جيرسي الجزيرة | JE
subdivision | اليكسا عاصمة هونغ كونغ | HK
# out-of-domain
out-of-domain | اليكسا كم نسخة مفتاح اقدر اسوي من قفل واحد | FB
out-of-domain | اليكسا وش افضل نوع المنيوم للشبابيك | FB
out-of-domain | اليكسا وش تردد قناة الرياضية على عرب سات | FB
out-of-domain | اليكسا كم سعرة في كاس عصير افوكادو بالحليب | FB
out-of-domain | اليكسا كم سعر طباعة بنر متر في متر | FB
out-of-domain | اليكسا متى اذان المغرب في الرياض | FB
out-of-domain | اليكسا كيف احسب مساحة ارض مثلثة | FB
out-of-domain | اليكسا متى اكتشفوا نقوش جبل عكمة | FB
out-of-domain | اليكسا وش الافلام الجديدة في السينما هالاسبوع | FB
out-of-domain | اليكسا كم قسط سيارة كامري على خمس سنين | FB
out-of-domain | اليكسا كم سعر الترجمة المعتمدة للصفحة | FB
out-of-domain | اليكسا متى تفتح السفارة الامريكية في الرياض | FB
out-of-domain | اليكسا كيف انظف سجاد السدو | FB
out-of-domain | اليكسا وش الفرق بين الكنافة النابلسية والعادية | FB
out-of-domain | اليكسا متى الدوام في المحكمة | FB
out-of-domain | اليكسا كم كيس ثلج يكفي عشرين شخص | FB
out-of-domain | اليكسا وش معنى كلمة كوناكري | FB
out-of-domain | اليكسا كم طالب من كمبوديا في الجامعة الاسلامية | FB
out-of-domain | اليكسا وش الجو في قازان الحين | FB
out-of-domain | اليكسا من هو رئيس ساحل العاج | FB
out-of-domain | اليكسا كم لتر صبغ تحتاج الغرفة | FB
out-of-domain | اليكسا كم قطعة في بزل خريطة العالم | FB
out-of-domain | اليكسا وين اشتري كرة ارضية تنور | FB
out-of-domain | اليكسا شغلي وثائقي عن المحيطات | FB
out-of-domain | اليكسا لفي الكرة بدالي | FB
out-of-domain | اليكسا العبي معي حجرة ورقة مقص | FB
out-of-domain | اليكسا كم سنة تتحلل قارورة البلاستيك في البحر | FB
out-of-domain | اليكسا كم حمولة المصعد العادي | FB
out-of-domain | اليكسا عاصمة الشمال في السعودية وش هي | FB
out-of-domain | اليكسا وش عاصمة الجنوب عندنا | FB
out-of-domain | اليكسا عاصمة النفط في العالم | FB
out-of-domain | اليكسا عاصمة التمور | FB
out-of-domain | اليكسا عاصمة الشعر النبطي | FB
out-of-domain | اليكسا عاصمة الامويين | FB
out-of-domain | اليكسا عاصمة الرومان | FB
out-of-domain | اليكسا عاصمة الامبراطورية البيزنطية | FB
out-of-domain | اليكسا كم عدد العواصم في العالم | FB
out-of-domain | اليكسا كم عاصمة في امريكا الجنوبية | FB
out-of-domain | اليكسا اذكري لي عواصم تبدا بحرف الباء | FB
out-of-domain | اليكسا عطيني عاصمة عشوائية | FB
out-of-domain | اليكسا اسالي انتي سؤال عن عاصمة | FB
out-of-domain | اليكسا وش اقرب عاصمة للرياض | FB
out-of-domain | اليكسا كم ساعة طيران من جدة الى جاكرتا | FB
out-of-domain | اليكسا وش الدولة اللي ما لها عاصمة | FB
out-of-domain | اليكسا هل العاصمة دايم اكبر مدينة | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش الفرق بين العاصمة والمدينة | FB
out-of-domain | اليكسا كم فرق التوقيت بين الرياض وسيول | FB
out-of-domain | اليكسا وش انواع الحكم في العالم | FB
out-of-domain | اليكسا وش هي عاصمة النحل | FB
out-of-domain | اليكسا شغلي شيلة عن الوطن | FB
out-of-domain | اليكسا ابي قصة قبل النوم للعيال | FB
out-of-domain | اليكسا وش تقول التوقعات عن الغبار بكرة | FB
out-of-domain | اليكسا كم الساعة في ابيدجان | FB
out-of-domain | اليكسا قولي نكتة عن الجغرافيا | FB
out-of-domain | اليكسا وش عاصمة الكون | FB
out-of-domain | اليكسا عاصمة دولة الفاتيكان البابا وش اسمه | FB
out-of-domain | اليكسا وش عاصمة الرياضة في اوروبا | FB
out-of-domain | اليكسا عاصمة البحر الابيض | FB
out-of-domain | اليكسا من هو عمدة لندن | FB
# stop
stop | اليكسا وقفي يا بنت الحلال | STOP
stop | اليكسا بس بس كفاية العواصم للحين | STOP
stop | اليكسا اطلعي من عواصم العالم الله يسعدك | STOP
stop | اليكسا اوقفي الكلام | STOP
stop | اليكسا خلاص سكري التطبيق | STOP
stop | اليكسا ما ابي اكمل وقفي | STOP
stop | اليكسا يكفي يا اليكسا العيال ناموا | STOP
stop | اليكسا وقفي عواصم العالم جاء الضيوف | STOP
stop | اليكسا انهاء | STOP
stop | اليكسا وقفي الحين لا تكملين | STOP
# help
help | اليكسا وش اقول عشان تعطيني عواصم ولاية | HELP
help | اليكسا عواصم العالم تقدرين تقولين الدولة من عاصمتها كيف | HELP
help | اليكسا مو فاهم المهارة ساعدي | HELP
help | اليكسا عواصم العالم وش تعرفين غير الدول | HELP
help | اليكسا علميني استخدم عواصم العالم خطوة خطوة | HELP
# more lines for the own families
locksmiths | اليكسا ركبت قفل ذكي صناعة كوريا الجنوبية عاصمتهم وش | KR
locksmiths | اليكسا العميل بوليفي يقول عواصم بلده وش هي | BO
locksmiths | اليكسا المحل مسكر وقفي العواصم | STOP
aluminium-workshop | اليكسا الشحنة جاية من جنوب افريقيا وش عواصمها | ZA
aluminium-workshop | اليكسا الزبون من فلسطين عاصمة بلده ايش | PS
aluminium-workshop | اليكسا ورشة الالمنيوم ابي عواصم العالم افتحي | LAUNCH
aluminium-workshop | اليكسا كم سعر متر الالمنيوم | FB
satellite-installers | اليكسا قناة من هولندا عواصمها الاثنتين | NL
satellite-installers | اليكسا القمر الصناعي الكوري الشمالي عاصمتهم وش | KP
satellite-installers | اليكسا الغي الاشارة رجعت | CANCEL
juice-bar-staff | اليكسا الفراولة من هولندا عواصمها ايش | NL
juice-bar-staff | اليكسا الموز من جمهورية الكونغو برازافيل عاصمتها | CG
juice-bar-staff | اليكسا افتحي عواصم العالم بس لا تطولين | LAUNCH
printing-shop | اليكسا بطاقة عمل لشركة في ماليزيا عاصمتين وش اكتب | MY
printing-shop | اليكسا الطالب يبي عاصمة جنوب افريقيا الثلاث للبحث | ZA
printing-shop | اليكسا ابي مساعدة في عواصم العالم الطالب محتار | HELP
mosque-caretakers | اليكسا المصلي من كوريا الجنوبية اسلم جديد وش عاصمتهم | KR
mosque-caretakers | اليكسا العامل من الكونغو الديمقراطية يسال عن عاصمته | CD
mosque-caretakers | اليكسا افتحي عواصم العالم بعد الصلاة | LAUNCH
mosque-caretakers | اليكسا المصلي من بنين يقول عاصمتين بلده وش هم | BJ
land-surveyors | اليكسا المساح الماليزي يقول عواصم ماليزيا ثنتين | MY
land-surveyors | اليكسا الاحداثيات على كوريا الشمالية عاصمتها وش | KP
land-surveyors | اليكسا وقفي ننزل الجهاز | STOP
archaeology-dig | اليكسا الخبير من هولندا يبي عواصم بلده | NL
archaeology-dig | اليكسا الباحثة من جمهورية الكونغو عاصمتها وش | CG
archaeology-dig | اليكسا افتحي عواصم العالم في استراحة التنقيب | LAUNCH
cinema-staff | اليكسا الفيلم الماليزي عواصم بلدهم | MY
cinema-staff | اليكسا فيلم عن فلسطين عاصمتها وش | PS
cinema-staff | اليكسا فيلم جنوب افريقي عواصمهم كم | ZA
car-showroom | اليكسا السيارة الكورية من كوريا الجنوبية عاصمتها وش | KR
car-showroom | اليكسا العميل من الكونغو الديمقراطية عاصمة بلده | CD
car-showroom | اليكسا وقفي العميل وصل | STOP
translation-office | اليكسا وثيقة من جنوب افريقيا مكتوب فيها العواصم الثلاث وش هي | ZA
translation-office | اليكسا شهادة من بوليفيا العاصمة سوكري ولا لاباز اكتب الثنتين | BO
translation-office | اليكسا وقفي العميل ينتظر | STOP
embassy-gardeners | اليكسا سفارة هولندا عواصم بلدهم | NL
embassy-gardeners | اليكسا سفارة بوليفيا عاصمتين بلدهم | BO
embassy-gardeners | اليكسا الغي جاء الحارس | CANCEL
sadu-weavers | اليكسا السائحة من كوريا الجنوبية وش عاصمتهم | KR
sadu-weavers | اليكسا السائح من ماليزيا عواصم بلده | MY
sadu-weavers | اليكسا افتحي عواصم العالم وانا انسج | LAUNCH
sweets-shop | اليكسا الشوكولاتة من ساحل العاج عواصمها | CI
sweets-shop | اليكسا الزبونة من كوريا الشمالية مستحيل بس وش عاصمتها | KP
sweets-shop | اليكسا وقفي الزبون يبي يطلب | STOP
court-clerks | اليكسا شاهد من بوليفيا عاصمتين بلده للمحضر | BO
court-clerks | اليكسا الطرف الثاني من هولندا وش عواصمها | NL
court-clerks | اليكسا افتحي عواصم العالم بعد الجلسة | LAUNCH
ice-factory | اليكسا السفينة من ماليزيا عواصمها | MY
ice-factory | اليكسا السفينة من فلسطين مستحيل بس عاصمتها وش | PS
ice-factory | اليكسا افتحي عواصم العالم وقت الراحة | LAUNCH
guinean-students | اليكسا ما هي عواصم هولندا من فضلك | NL
guinean-students | اليكسا يا استاذ ما عاصمة كوريا الجنوبية | KR
cham-students | اليكسا اخي الكريم ما عاصمة جمهورية الكونغو | CG
cham-students | اليكسا اخي الكريم ما عاصمة فلسطين | PS
cham-students | اليكسا افتح عواصم العالم اخي الكريم | LAUNCH
tatar-student | اليكسا اعذرني ما عواصم جنوب افريقيا | ZA
tatar-student | اليكسا اعذرني ما عاصمة كوريا الشمالية | KP
ivorian-students | اليكسا صديقي من ساحل العاج يقول ابيدجان وياموسوكرو العاصمتين اكيد | CI
ivorian-students | اليكسا ما عواصم ماليزيا ارجوك | MY
ivorian-students | اليكسا ارجوك ساعدني في عواصم العالم | HELP
house-painting | اليكسا الصباغ من الكونغو الديمقراطية وش عاصمته | CD
house-painting | اليكسا لون كوري من كوريا الجنوبية عاصمتها | KR
house-painting | اليكسا افتحي عواصم العالم للصباغ | LAUNCH
map-jigsaw | اليكسا قطعة هولندا صغيرة وش عواصمها | NL
map-jigsaw | اليكسا قطعة بوليفيا وعواصمها | BO
map-jigsaw | اليكسا قطعة فلسطين وين نحطها وعاصمتها | PS
globe-gift | اليكسا الكرة الارضية فيها كوريا الشمالية عاصمتها | KP
globe-gift | اليكسا على المجسم الكونغو الديمقراطية عاصمتها | CD
globe-gift | اليكسا المجسم مكتوب عليه برازافيل عاصمة جمهورية الكونغو صح | CG
documentary-night | اليكسا الوثائقي عن هولندا والطواحين عواصمها | NL
documentary-night | اليكسا الوثائقي عن ماليزيا وش عواصمها | MY
globe-spin-game | اليكسا اصبعي على بوليفيا عواصمها يا حكم | BO
globe-spin-game | اليكسا اصبعي على جمهورية الكونغو الصغيرة عاصمتها | CG
globe-spin-game | اليكسا اصبعي على كوريا الشمالية | KP
rock-paper-scissors | اليكسا الخسران يقول عواصم بنين | BJ
rock-paper-scissors | اليكسا الخسران يقول عواصم بوليفيا | BO
rock-paper-scissors | اليكسا الخسران يقول عواصم ساحل العاج | CI
beach-cleanup | اليكسا المتطوع من كوريا الجنوبية عاصمته ايش | KR
beach-cleanup | اليكسا قارورة من جنوب افريقيا وعواصمها | ZA
beach-cleanup | اليكسا افتحي عواصم العالم بعد التنظيف | LAUNCH
elevator-technicians | اليكسا المصعد الجديد من ماليزيا وش عواصمها | MY
elevator-technicians | اليكسا الفني من فلسطين يسال عاصمة بلده | PS
elevator-technicians | اليكسا افتحي عواصم العالم والمصعد عالق | LAUNCH
elevator-technicians | اليكسا المهندس من جمهورية الكونغو عاصمتها | CG
# plural-capitals, more
plural-capitals | اليكسا بنين عاصمتها بورتو نوفو ولا كوتونو ولا الثنتين | BJ
plural-capitals | اليكسا عواصم جمهورية بنين | BJ
plural-capitals | اليكسا بنين كم عاصمة عندها وش اسمائهن | BJ
plural-capitals | اليكسا كوتونو عاصمة بنين الثانية صح وش الاولى | BJ
plural-capitals | اليكسا قولي العاصمتين حقت ساحل العاج | CI
plural-capitals | اليكسا ساحل العاج عاصمتها الرسمية والاقتصادية وش هم | CI
plural-capitals | اليكسا كوت ديفوار وش عواصمها الثنتين | CI
plural-capitals | اليكسا ياموسوكرو وش العاصمة الثانية لساحل العاج | CI
plural-capitals | اليكسا سريلانكا كم عاصمة لها | LK
plural-capitals | اليكسا كولومبو وش العاصمة الثانية معها في سريلانكا | LK
plural-capitals | اليكسا عاصمتين سيلان سريلانكا | LK
plural-capitals | اليكسا سريلانكا وش عواصمها الحين | LK
plural-capitals | اليكسا اسواتيني كم عاصمة فيها | SZ
plural-capitals | اليكسا عواصم اسواتيني اللي كانت سوازيلاند | SZ
plural-capitals | اليكسا لوبامبا وش العاصمة الثانية معها في اسواتيني | SZ
plural-capitals | اليكسا عواصم سوازيلاند الاثنتين وش هم | SZ
plural-capitals | اليكسا جنوب افريقيا وش عواصمها الثلاث التنفيذية والتشريعية والقضائية | ZA
plural-capitals | اليكسا كيب تاون وش باقي عواصم جنوب افريقيا معها | ZA
plural-capitals | اليكسا جنوب افريقيا عندها كم عاصمة عطيني اسمائها | ZA
plural-capitals | اليكسا هولندا عواصمها امستردام وش الثانية | NL
plural-capitals | اليكسا ماليزيا كم عاصمة فيها قوليهم | MY
plural-capitals | اليكسا بوليفيا عواصمها لاباز وش الثانية | BO
plural-capitals | اليكسا عاصمتين هولندا الرسمية والادارية | NL
plural-capitals | اليكسا عواصم ماليزيا كوالالمبور وش معها | MY
# lines naming the invocation
locksmiths | اليكسا اسالي عواصم العالم عن عاصمة الارجنتين الزبون ارجنتيني | AR
juice-bar-staff | اليكسا اسال عواصم العالم وش عاصمة البيرو اللي منها الافوكادو | PE
printing-shop | اليكسا اطلبي من عواصم العالم عاصمة اوزبكستان للبحث | UZ
mosque-caretakers | اليكسا خلي عواصم العالم تقول عاصمة اندونيسيا للمصلي | ID
court-clerks | اليكسا اسالي عواصم العالم عن عاصمة اريتريا للمحضر | ER
guinean-students | اليكسا اسال عواصم العالم ما هي عاصمة غينيا بيساو من فضلك | GW
cham-students | اليكسا اسال عواصم العالم اخي الكريم ما عاصمة لاوس | LA
tatar-student | اليكسا اعذرني اسال عواصم العالم عن عاصمة كازاخستان | KZ
map-jigsaw | اليكسا اسالي عواصم العالم عن عاصمة تونغا القطعة الصغيرة | TO
globe-spin-game | اليكسا اسالي عواصم العالم وين عاصمة منغوليا وقف اصبعي عليها | MN
documentary-night | اليكسا اسالي عواصم العالم عن عاصمة كوريا الشمالية اللي في الوثائقي | KP
plural-capitals | اليكسا اسالي عواصم العالم عن عواصم جنوب افريقيا | ZA
plural-capitals | اليكسا اسال عواصم العالم كم عاصمة لبوليفيا | BO
plural-capitals | اليكسا اسالي عواصم العالم عن عاصمتين ساحل العاج | CI
plural-capitals | اليكسا ساحل العاج عواصمها كم وحدة | CI
plural-capitals | اليكسا وش عاصمتين بنين الرسمية والاقتصادية | BJ
ice-factory | اليكسا البحار من كوريا الشمالية يقول عاصمتهم وش | KP
plural-capitals | اليكسا عواصم بوليفيا ابيها كلها | BO
plural-capitals | اليكسا جنوب افريقيا عواصمها ابيها كلها | ZA
cinema-staff | اليكسا فيلم تصويره في كوريا الشمالية وش العاصمة هناك | KP
plural-capitals | اليكسا عواصم هولندا ابيها كلها | NL
"""


if __name__ == "__main__":
    build_round(54, "ar", LINES, sys.argv, "tests/Eval/ar/round54/source/build_corpus.py")
