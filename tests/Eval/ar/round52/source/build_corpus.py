"""Round 52, Arabic (ar-SA): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi Arabia, transcribed as
ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 51's (Qatif fish-market sellers, Asir mountain beekeepers, shawarma-shop workers,
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
- regions and work: al-Kharj dairy-farm workers in the cow sheds (`العنبر`، `الحلابات`، `العجول`), NEOM camp workers
  (`الكامب`، `الباص`، `الموقع`), Diriyah heritage guides (`الطريف`، `البجيري`، `الوفد`), tyre-shop workers
  (`البنشر`، `الكفر`، `الجنط`), Khamis Mushait military families (`الدوام`، `الدورة`، `مناورة`), laundry-counter
  staff (`الكوي`، `النشا`، `البشت`), tamees bakers and their queue (`التميس`، `الفرن`، `العجين يخمر`), mandi
  restaurant staff (`المندي`، `المظبي`، `الحنيذ`، `نص حاشي`), a physiotherapy clinic (`الجلسة`، `تمارين الركبة`،
  `عشر تكرارات`), Zamzam-water distributors to pilgrim groups (`الكراتين`، `الترامس`، `الحملة`), swimming coaches
  (`الاشواط`، `الصافرة`، `المسبح الاولمبي`), Taif rose distillers (`القطارة`، `دهن الورد`، `تولة`), Dammam dhow
  carpenters (`القلاف`، `البوم`، `خشب الساج`), wedding-tent renters (`الصيوان`، `نرص الكراسي`، `المعرس`), SAPTCO
  ticket-counter staff (`التذكرة`، `الراكب`، `الرحلة الدولية`), Bohra (Gujarati) shopkeepers (`صاحب المحل`، `بابا`،
  `البضاعة`),
- migrants and learners: Thai students from Pattani (`يا اخي`، `من فضلك`، `ما هي`), Kosovar students of Arabic
  (`انا ادرس العربي`، `ما عاصمة`), Comorian workers (`موروني`، `الله يخليك`), an adult-literacy class of older women
  (`يا ابلة`، `انا كبيرة`، `المعلمة قالت`), English-institute students mixing English words (`الانستركتر`،
  `بريزنتيشن`، `ساوث كوريا`), students in a university dorm (`زميلي في السكن`، `رهان`، `المكافاة`),
- home and occasions: a henna night (`الطقاقة`، `المعازيم`، `العروس`), a sandstorm day at home (`الغبار`، `سكرنا
  الشبابيك`، `الدراسة عن بعد`), a grandfather hard of hearing (`ارفعي صوتك`، `جدي ما سمع`), National Day (`اليوم
  الوطني`، `لابسين اخضر`، `العلم`), a hospital waiting room (`لين يطلع رقمي`، `الطوارئ`),
- games: Bara al-Salfa, the spy party game (`برا السالفة`، `السالفة`، `مين برا`).
Situations: work (a dairy shed, a megaproject camp, a heritage district, a tyre shop, a laundry, a bakery, a mandi
restaurant, a clinic, pilgrim water distribution, a pool, a rose distillery, a dhow yard, wedding tents, a bus ticket
counter, a wholesale shop), learning (a Pattani student, a Kosovar student, a literacy class, an English institute, a
dorm at night), home and occasions (a henna night, a sandstorm, a deaf grandfather, National Day, a waiting room) and
a party game.
Built by round12_hinl_corpus.py (build_round with round 52's number)."""
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
help | اليكسا وش اسوي مع عواصم العالم | HELP
help | اليكسا عواصم العالم ساعدني | HELP
help | اليكسا ابغى اعرف كيف اسال عن العواصم | HELP
help | اليكسا قولي لي وش الاشياء اللي تعرفينها | HELP
help | اليكسا اطلب من عواصم العالم المساعدة | HELP
help | اليكسا ما عرفت وش اقول لك | HELP
help | اليكسا مساعدة | HELP
help | اليكسا هيلب | HELP
help | اليكسا وش الكلام اللي اقوله عشان تفهميني | HELP
help | اليكسا عطيني مثال على سؤال | HELP
help | اليكسا كيف اشغل المهارة هذي صح | HELP
help | اليكسا ابوي ما عرف يستخدمها علميه | HELP
help | اليكسا يا بنت الحلال وش المطلوب مني | HELP
help | اليكسا انا ضايع وش اسوي الحين | HELP
help | اليكسا لو سمحتي فهميني طريقة العواصم | HELP
help | اليكسا وش تقدر تسوي لي عواصم العالم | HELP
help | اليكسا ممكن تعلمين جدتي كيف تسال | HELP
help | اليكسا التعليمات | HELP
help | اليكسا قولي لي الطريقة من اول | HELP
help | اليكسا ما ادري كيف ابدا | HELP
help | اليكسا وش اقول بعد ما افتح العواصم | HELP
help | اليكسا ابي احد يساعدني في هاللعبة | HELP
help | اليكسا اشلون اسال عن عاصمة دولة | HELP
help | اليكسا اعطيني امثلة على الاسئلة | HELP
# stop
stop | اليكسا وقفي | STOP
stop | اليكسا خلاص وقفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا بس خلاص | STOP
stop | اليكسا يكفي كذا | STOP
stop | اليكسا سكري العواصم | STOP
stop | اليكسا اطلعي من المهارة | STOP
stop | اليكسا انهاء | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا قفلي عواصم العالم | STOP
stop | اليكسا خلاص شبعنا عواصم | STOP
stop | اليكسا اوقفي اللعبة | STOP
stop | اليكسا اطفي | STOP
stop | اليكسا بس الله يرضى عليك | STOP
stop | اليكسا انتهينا | STOP
stop | اليكسا وقف وقف | STOP
stop | اليكسا لا تكملين | STOP
stop | اليكسا خروج | STOP
stop | اليكسا اقفلي الحين | STOP
stop | اليكسا ما ابي اسمع شي | STOP
stop | اليكسا كفاية اليوم | STOP
stop | اليكسا خلصنا مع السلامة | STOP
stop | اليكسا اطلعي برا | STOP
# cancel
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا لا خلاص الغيه | CANCEL
cancel | اليكسا ما ابيه الغيه | CANCEL
cancel | اليكسا الغي اللي قبل | CANCEL
cancel | اليكسا كنسلي الموضوع | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا رجعي عن السؤال | CANCEL
cancel | اليكسا الغاء الامر | CANCEL
cancel | اليكسا غلطت الغيه | CANCEL
cancel | اليكسا طنشي السؤال الغيه | CANCEL
cancel | اليكسا الغي هذا | CANCEL
cancel | اليكسا اقول الغي | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا الغي الله يعافيك | CANCEL
cancel | اليكسا كانسل كانسل | CANCEL
# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم | LAUNCH
launch | اليكسا ودي العب عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم | LAUNCH
launch | اليكسا افتحي لي عواصم العالم الله يخليك | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا تشغيل عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم | LAUNCH
launch | اليكسا روحي على عواصم العالم | LAUNCH
launch | اليكسا دخليني عواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا اطلبي عواصم العالم | LAUNCH
launch | اليكسا ممكن تفتحين عواصم العالم | LAUNCH
launch | اليكسا نبي عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا قومي افتحي عواصم العالم | LAUNCH
launch | اليكسا تكفين شغلي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا فتح عواصم العالم | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم العيال يبون | LAUNCH
launch | اليكسا ابي العب عواصم العالم مع خواتي | LAUNCH
launch | اليكسا ادخلي عواصم العالم | LAUNCH
launch | اليكسا افتحي مهارة العواصم عواصم العالم | LAUNCH
launch | اليكسا بدء عواصم العالم | LAUNCH
# plural-capitals
plural-capitals | اليكسا وش عواصم {} | جنوب افريقيا=ZA; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا ما هي عواصم {} | ماليزيا=MY; بنين=BJ; ساحل العاج=CI
plural-capitals | اليكسا عطيني العاصمتين حقت {} | سريلانكا=LK; اسواتيني=SZ; بوليفيا=BO
plural-capitals | اليكسا كم عاصمة عند {} وش هي | جنوب افريقيا=ZA; ماليزيا=MY; هولندا=NL
plural-capitals | اليكسا سمعت ان {} لها اكثر من عاصمة وش هي | بنين=BJ; سريلانكا=LK; ساحل العاج=CI
plural-capitals | اليكسا عواصم {} الثلاث | جنوب افريقيا=ZA
plural-capitals | اليكسا اذكري لي عواصم {} كلها | اسواتيني=SZ; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا العاصمتين في {} | ماليزيا=MY; بنين=BJ; سوازيلاند=SZ
plural-capitals | اليكسا وش العواصم اللي عند {} | ساحل العاج=CI; سريلانكا=LK; جنوب افريقيا=ZA
plural-capitals | اليكسا اسال عواصم العالم عن عواصم {} | بوليفيا=BO; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا ليش {} عندها عاصمتين وش هم | بنين=BJ; هولندا=NL; بوليفيا=BO
plural-capitals | اليكسا كل عواصم دولة جنوب افريقيا | ZA
plural-capitals | اليكسا العواصم الرسمية لماليزيا | MY
plural-capitals | اليكسا عاصمتين ساحل العاج | CI
plural-capitals | اليكسا وش هم عاصمتين سيريلانكا | LK
plural-capitals | اليكسا عواصم مملكة اسواتيني | SZ
plural-capitals | اليكسا عاصمتين جمهورية بنين | BJ
# follow-up
follow-up | وطيب {} | الكويت=KW; قطر=QA; عمان=OM
follow-up | و{} | السودان=SD; ليبيا=LY; تشاد=TD
follow-up | طيب و{} وش عاصمتها | فلسطين=PS; كوريا الشمالية=KP; كوريا الجنوبية=KR
follow-up | و{} بعد | البحرين=BH; الاردن=JO; لبنان=LB
follow-up | اللي بعدها {} | النيجر=NE; مالي=ML; السنغال=SN
follow-up | و{} يا اليكسا | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; الغابون=GA
follow-up | ايه و{} | غانا=GH; توغو=TG; بوركينا فاسو=BF
follow-up | زين و{} | بيرو=PE; تشيلي=CL; الاكوادور=EC
follow-up | وحقت {} | فيتنام=VN; لاوس=LA; كمبوديا=KH
follow-up | طيب {} كم عاصمتها | النرويج=NO; فنلندا=FI; الدنمارك=DK
follow-up | وعاصمة {} | ارمينيا=AM; اذربيجان=AZ; جورجيا=GE
follow-up | وش عن {} | قيرغيزستان=KG; طاجيكستان=TJ; تركمانستان=TM
# yes-no-check
yes-no-check | اليكسا هل {} | الرياض عاصمة السعودية=SA; الدوحة عاصمة قطر=QA; مسقط عاصمة عمان=OM
yes-no-check | اليكسا صح ان {} | سيدني عاصمة استراليا=AU; اسطنبول عاصمة تركيا=TR; ريو عاصمة البرازيل=BR
yes-no-check | اليكسا {} ولا لا | لاغوس عاصمة نيجيريا=NG; كراتشي عاصمة باكستان=PK; دبي عاصمة الامارات=AE
yes-no-check | اليكسا متاكدة ان {} | كيغالي عاصمة رواندا=RW; نيامي عاصمة النيجر=NE; دودوما عاصمة تنزانيا=TZ
yes-no-check | اليكسا يعني {} صح | بيونغ يانغ عاصمة كوريا الشمالية=KP; سيول عاصمة كوريا الجنوبية=KR; كينشاسا عاصمة الكونغو الديمقراطية=CD
yes-no-check | اليكسا برازافيل هي عاصمة الكونغو ولا لا | CG
yes-no-check | اليكسا القدس عاصمة فلسطين صح | PS
yes-no-check | اليكسا هل رام الله عاصمة فلسطين | PS
yes-no-check | اليكسا هل امستردام عاصمة هولندا ولا لاهاي | NL
yes-no-check | اليكسا هل بريتوريا عاصمة جنوب افريقيا | ZA
yes-no-check | اليكسا لاباز عاصمة بوليفيا صح | BO
yes-no-check | اليكسا كوالالمبور هي عاصمة ماليزيا | MY
yes-no-check | اليكسا جنيف عاصمة سويسرا | CH
yes-no-check | اليكسا هل تورونتو عاصمة كندا | CA
yes-no-check | اليكسا نيويورك عاصمة امريكا صح | US
yes-no-check | اليكسا اوتاوا عاصمة كندا ولا مونتريال | CA
yes-no-check | اليكسا هل الماتي لسا عاصمة كازاخستان | KZ
yes-no-check | اليكسا يانغون عاصمة ميانمار صح | MM
yes-no-check | اليكسا بيروت عاصمة لبنان اكيد | LB
# self-correction
self-correction | اليكسا قولي عاصمة {} | النمسا لا قصدي استراليا=AU; السويد لا سويسرا=CH; سلوفاكيا لا سلوفينيا=SI
self-correction | اليكسا ابغى عاصمة {} | ايران لا العراق=IQ; غينيا لا غينيا بيساو=GW; النيجر لا نيجيريا=NG
self-correction | اليكسا كم عاصمة {} اقصد وش عاصمتها | موريتانيا لا موريشيوس=MU; زامبيا لا زيمبابوي=ZW; الكاميرون=CM
self-correction | اليكسا عاصمة كوريا الجنوبية لا لا الشمالية | KP
self-correction | اليكسا عاصمة الكونغو اللي هي كينشاسا لا لا الثانية برازافيل | CG
self-correction | اليكسا عاصمة كوريا الشمالية اسفة الجنوبية | KR
self-correction | اليكسا عاصمة الكونغو برازافيل لا اقصد الديمقراطية | CD
self-correction | اليكسا عاصمة الاردن لا فلسطين | PS
self-correction | اليكسا عاصمة النمسا اوه لا المانيا | DE
self-correction | اليكسا عاصمة كولومبيا ولا اقصد بوليفيا عواصمها | BO
self-correction | اليكسا عاصمة لاتفيا لا ليتوانيا | LT
self-correction | اليكسا عاصمة الهند لا باكستان | PK
self-correction | اليكسا عاصمة اليونان امم لا قبرص | CY
self-correction | اليكسا عاصمة بلغاريا لا رومانيا | RO
self-correction | اليكسا عاصمة الدنمارك غلطت اقصد هولندا | NL
self-correction | اليكسا عاصمة اندونيسيا عفوا ماليزيا | MY
self-correction | اليكسا عاصمة تونس لا لا الجزائر | DZ
# reverse-question
reverse-question | اليكسا {} عاصمة ايش | نيروبي=CITY:نيروبي; كانبرا=CITY:كانبرا; هراري=CITY:هراري
reverse-question | اليكسا وين تكون {} | بشكيك=CITY:بشكيك; لوساكا=CITY:لوساكا; فادوز=CITY:فادوز
reverse-question | اليكسا اي دولة عاصمتها {} | مونروفيا=CITY:مونروفيا; ليلونغوي=CITY:ليلونغوي; تيمفو=CITY:تيمفو
reverse-question | اليكسا {} عاصمة اي بلد | بانجول=CITY:بانجول; ماسيرو=CITY:ماسيرو; موروني=CITY:موروني
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | بيونغ يانغ=KP; سيول=KR; كينشاسا=CD
reverse-question | اليكسا برازافيل عاصمة وين | CG
reverse-question | اليكسا رام الله عاصمة مين | PS
reverse-question | اليكسا بريتوريا عاصمة ايش | ZA
reverse-question | اليكسا كوالالمبور تابعة لاي دولة | MY
reverse-question | اليكسا لاهاي عاصمة وش | NL
reverse-question | اليكسا سوكري عاصمة مين | BO
reverse-question | اليكسا عشق اباد عاصمة اي دولة | CITY:عشق آباد
reverse-question | اليكسا باراماريبو عاصمة ايش | CITY:باراماريبو
reverse-question | اليكسا فيينتيان وين | CITY:فيانتيان
reverse-question | اليكسا مين عاصمتها نايبيداو | CITY:نايبيداو
# official-name
official-name | اليكسا وش عاصمة {} | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية كوريا الشعبية الديمقراطية=KP
official-name | اليكسا ما هي عاصمة {} | جمهورية كوريا=KR; دولة فلسطين=PS; مملكة هولندا=NL
official-name | اليكسا عاصمة {} | الجمهورية العربية السورية=SY; المملكة الاردنية الهاشمية=JO; الجمهورية اليمنية=YE
official-name | اليكسا قولي لي عاصمة {} | سلطنة عمان=OM; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا وش عاصمة الجمهورية الاسلامية الموريتانية | MR
official-name | اليكسا عاصمة جمهورية جنوب افريقيا | ZA
official-name | اليكسا عاصمة دولة بوليفيا المتعددة القوميات | BO
official-name | اليكسا عاصمة الولايات المتحدة المكسيكية | MX
official-name | اليكسا عاصمة جمهورية الصين الشعبية | CN
official-name | اليكسا عاصمة الاتحاد الروسي | RU
official-name | اليكسا عاصمة جمهورية اتحاد ميانمار | MM
official-name | اليكسا عاصمة جمهورية جيبوتي | DJ
official-name | اليكسا عاصمة اتحاد جزر القمر | KM
official-name | اليكسا عاصمة جمهورية الكونغو الديمقراطية بالضبط | CD
official-name | اليكسا عاصمة الجمهورية الجزائرية الديمقراطية الشعبية | DZ
official-name | اليكسا عاصمة المملكة المغربية | MA
official-name | اليكسا عاصمة جمهورية مصر العربية | EG
# everyday-name
everyday-name | اليكسا وش تكون عاصمة {} | امريكا=US; بريطانيا=GB; روسيا=RU
everyday-name | اليكسا عاصمة {} كم | الكونغو كينشاسا=CD; الكونغو برازافيل=CG; كوريا الشمالية=KP
everyday-name | اليكسا عاصمة {} لو سمحت | بورما=MM; سيلان=LK; فارس=IR
everyday-name | اليكسا عاصمة {} زمان | زائير=CD; داهومي=BJ; روديسيا=ZW
everyday-name | اليكسا وش عاصمة سوازيلاند | SZ
everyday-name | اليكسا عاصمة هولندا اللي هي هولاند | NL
everyday-name | اليكسا عاصمة الامارات | AE
everyday-name | اليكسا عاصمة التشيك | CZ
everyday-name | اليكسا عاصمة تركيا | TR
everyday-name | اليكسا عاصمة مقدونيا | MK
everyday-name | اليكسا عاصمة كوت ديفوار | CI
everyday-name | اليكسا عاصمة كوريا الجنوبية اللي هي كوريا | KR
everyday-name | اليكسا عاصمة سيام | TH
everyday-name | اليكسا عاصمة انجلترا | GB-ENG
everyday-name | اليكسا عاصمة الضفة الغربية فلسطين | PS
everyday-name | اليكسا عاصمة الحبشة | ET
# shared-name
shared-name | اليكسا عاصمة جورجيا | GE
shared-name | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا وش عاصمة غينيا | GN
shared-name | اليكسا عاصمة السودان | SD
shared-name | اليكسا عاصمة جنوب السودان | SS
shared-name | اليكسا عاصمة دومينيكا | DM
shared-name | اليكسا عاصمة جمهورية الدومينيكان مو دومينيكا | DO
shared-name | اليكسا عاصمة النيجر | NE
shared-name | اليكسا عاصمة غينيا الاستوائية | GQ
shared-name | اليكسا عاصمة ساموا | WS
shared-name | اليكسا عاصمة واشنطن | US-WA
shared-name | اليكسا عاصمة لوكسمبورغ | LU
shared-name | اليكسا عاصمة مكسيكو | MX
shared-name | اليكسا عاصمة غيانا | GY
shared-name | اليكسا عاصمة كوريتين | KP+KR
shared-name | اليكسا عاصمتين الكونغو الثنتين | CD+CG
# subdivision
subdivision | اليكسا عاصمة ولاية {} | تكساس=US-TX; كاليفورنيا=US-CA; فلوريدا=US-FL
subdivision | اليكسا وش عاصمة المنطقة اللي اسمها {} | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة مقاطعة {} | كيبك=CA-QC; اونتاريو=CA-ON; البرتا=CA-AB
subdivision | اليكسا عاصمة ولاية {} في الهند | كيرلا=IN-KL; تاميل نادو=IN-TN; ماهاراشترا=IN-MH
subdivision | اليكسا عاصمة {} الالمانية | بافاريا=DE-BY; ساكسونيا=DE-SN; هسن=DE-HE
subdivision | اليكسا عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة ولاية {} البرازيلية | باهيا=BR-BA; امازوناس=BR-AM; ساو باولو=BR-SP
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; سونورا=MX-SON
subdivision | اليكسا عاصمة ولاية نيويورك | US-NY
subdivision | اليكسا عاصمة الاسكا | US-AK
subdivision | اليكسا عاصمة هاواي | US-HI
subdivision | اليكسا عاصمة كشمير | IN-JK
subdivision | اليكسا عاصمة كاتالونيا | FB
subdivision | اليكسا عاصمة منطقة القصيم | FB
subdivision | اليكسا عاصمة اقليم كردستان | FB
subdivision | اليكسا عاصمة ولاية نيو ساوث ويلز | AU-NSW
subdivision | اليكسا عاصمة بنجاب الهندية | IN-PB
subdivision | اليكسا عاصمة تتارستان | FB
subdivision | اليكسا عاصمة سيبيريا | FB
subdivision | اليكسا عاصمة ولاية ميشيغان | US-MI
subdivision | اليكسا عاصمة ولاية فرجينيا | US-VA
subdivision | اليكسا عاصمة كولومبيا البريطانية | CA-BC
subdivision | اليكسا عاصمة يوكون | CA-YT
subdivision | اليكسا عاصمة المنطقة الشرقية | FB
subdivision | اليكسا عاصمة زنجبار | FB
# kharj-dairy-workers
kharj-dairy-workers | اليكسا احنا في العنبر وش عاصمة {} | هولندا=NL; الدنمارك=DK; نيوزيلندا=NZ
kharj-dairy-workers | اليكسا البقر هذي اصلها من {} وش عاصمتها | السويد=SE; ايرلندا=IE; كندا=CA
kharj-dairy-workers | اليكسا الحلاب يقول ان الحليب المجفف يجي من {} عاصمتها ايش | اوروغواي=UY; الارجنتين=AR; بيلاروس=BY
kharj-dairy-workers | اليكسا قبل الحلبة الثانية وش عاصمة {} | سويسرا=CH; النمسا=AT; فرنسا=FR
kharj-dairy-workers | اليكسا المشرف هولندي يقول عاصمتهم امستردام ولاهاي صح وش عواصم هولندا | NL
kharj-dairy-workers | اليكسا كم لتر تحلب البقرة في اليوم | FB
kharj-dairy-workers | اليكسا الجو في الخرج بكرة | FB
kharj-dairy-workers | اليكسا وش عاصمة البلد اللي جاي منها العلف استراليا | AU
kharj-dairy-workers | اليكسا عاصمة باكستان الحلاب الجديد منها | PK
kharj-dairy-workers | اليكسا يا بنت العنبر ساكت عطيني عاصمة بنغلاديش | BD
kharj-dairy-workers | اليكسا زميلي من السودان يسال عاصمة جنوب السودان | SS
kharj-dairy-workers | اليكسا الطبيب البيطري من مصر وش عاصمة بلده | EG
# neom-camp-workers
neom-camp-workers | اليكسا احنا في الكامب وش عاصمة {} | الفلبين=PH; نيبال=NP; سريلانكا=LK
neom-camp-workers | اليكسا الباص تاخر قولي عاصمة {} | كوريا الجنوبية=KR; اليابان=JP; الصين=CN
neom-camp-workers | اليكسا المهندس جاي من {} وش عاصمتها | بلجيكا=BE; ايطاليا=IT; اسبانيا=ES
neom-camp-workers | اليكسا اسال عواصم العالم عن عاصمة {} | البرتغال=PT; اليونان=GR; بولندا=PL
neom-camp-workers | اليكسا في نيوم عندنا ناس من كل مكان وش عاصمة كوريا الشمالية | KP
neom-camp-workers | اليكسا متى يفتح مطعم الكامب | FB
neom-camp-workers | اليكسا كم المسافة من نيوم الى تبوك | FB
neom-camp-workers | اليكسا زميلي في الغرفة من ماليزيا يقول عندهم عاصمتين وش هم | MY
neom-camp-workers | اليكسا المساح من جنوب افريقيا كم عاصمة عندهم | ZA
neom-camp-workers | اليكسا عاصمة بوروندي واحد من الشغالين منها | BI
neom-camp-workers | اليكسا عاصمة رواندا | RW
neom-camp-workers | اليكسا عاصمة اوغندا الكهربائي من هناك | UG
neom-camp-workers | اليكسا عاصمة ايرلندا مدير المشروع ايرلندي | IE
neom-camp-workers | اليكسا وش عاصمة بابوا غينيا الجديدة | PG
# diriyah-guides
diriyah-guides | اليكسا الزوار من {} وش عاصمتهم | المكسيك=MX; البرازيل=BR; كولومبيا=CO
diriyah-guides | اليكسا وفد جاي للطريف من {} ايش عاصمتها | منغوليا=MN; كازاخستان=KZ; اوزبكستان=UZ
diriyah-guides | اليكسا قبل الجولة في البجيري عاصمة {} | هنغاريا=HU; التشيك=CZ; سلوفاكيا=SK
diriyah-guides | اليكسا السياح اليوم من {} وش اقول لهم عن عاصمتهم | كرواتيا=HR; صربيا=RS; البوسنة والهرسك=BA
diriyah-guides | اليكسا الدرعية كانت عاصمة الدولة السعودية الاولى وش عاصمة السعودية الحين | SA
diriyah-guides | اليكسا متى تاسست الدرعية | FB
diriyah-guides | اليكسا عاصمة الدولة السعودية الثانية | FB
diriyah-guides | اليكسا كم عدد زوار الدرعية السنة | FB
diriyah-guides | اليكسا سائحة من الجبل الاسود تسال عن عاصمة بلدها عشان تتاكد اني اعرف | ME
diriyah-guides | اليكسا عاصمة البانيا | AL
diriyah-guides | اليكسا عاصمة مقدونيا الشمالية | MK
diriyah-guides | اليكسا الوفد الفلسطيني جاي بكرة وش عاصمة فلسطين | PS
diriyah-guides | اليكسا عاصمة كوسوفو | XK
diriyah-guides | اليكسا عاصمة سلوفينيا | SI
# tyre-shop-workers
tyre-shop-workers | اليكسا الكفر هذا صناعة {} وش عاصمتها | كوريا الجنوبية=KR; تايلاند=TH; اندونيسيا=ID
tyre-shop-workers | اليكسا البنشري يقول الكفرات الزينة من {} عاصمتها وش | اليابان=JP; المانيا=DE; فيتنام=VN
tyre-shop-workers | اليكسا انتظر الزبون وش عاصمة {} | تركيا=TR; ايران=IR; افغانستان=AF
tyre-shop-workers | اليكسا كم ضغط الهوا للكفر | FB
tyre-shop-workers | اليكسا محل بنشر قريب مني | FB
tyre-shop-workers | اليكسا عاصمة سريلانكا العامل من هناك يقول عندهم عاصمتين | LK
tyre-shop-workers | اليكسا وش عاصمة الهند | IN
tyre-shop-workers | اليكسا عاصمة ميانمار | MM
tyre-shop-workers | اليكسا عاصمة بنغلاديش ايش | BD
tyre-shop-workers | اليكسا عاصمة الكونغو الديمقراطية تراها كينشاسا صح | CD
tyre-shop-workers | اليكسا عاصمة ماليزيا الكفرات من هناك | MY
tyre-shop-workers | اليكسا عاصمة تايوان | TW
# khamis-military-families
khamis-military-families | اليكسا ابوي رايح دورة في {} وش عاصمتها | امريكا=US; بريطانيا=GB; فرنسا=FR
khamis-military-families | اليكسا بعد الدوام عاصمة {} | باكستان=PK; الاردن=JO; مصر=EG
khamis-military-families | اليكسا اخوي في مناورة مع {} عاصمتها وش | الامارات=AE; البحرين=BH; الكويت=KW
khamis-military-families | اليكسا خالي كان في مهمة في {} وش عاصمتها | البوسنة=BA; الصومال=SO; لبنان=LB
khamis-military-families | اليكسا متى ينزل راتب العسكريين | FB
khamis-military-families | اليكسا كم الساعة في خميس مشيط | FB
khamis-military-families | اليكسا عاصمة اليمن | YE
khamis-military-families | اليكسا وش عاصمة كوريا الشمالية اللي دايم بالاخبار | KP
khamis-military-families | اليكسا عاصمة اوكرانيا | UA
khamis-military-families | اليكسا عاصمة روسيا | RU
khamis-military-families | اليكسا عاصمة السودان الخرطوم صح | SD
khamis-military-families | اليكسا عاصمة اريتريا | ER
# laundry-counter
laundry-counter | اليكسا الثوب هذا قماشه من {} وش عاصمتها | اليابان=JP; كوريا الجنوبية=KR; سويسرا=CH
laundry-counter | اليكسا وانا اكوي عطيني عاصمة {} | نيجيريا=NG; غانا=GH; الكاميرون=CM
laundry-counter | اليكسا الزبون يسال عن عاصمة {} | بنين=BJ; توغو=TG; ليبيريا=LR
laundry-counter | اليكسا كم درجة حرارة المكوى للحرير | FB
laundry-counter | اليكسا كيف اشيل بقعة الزيت من الشماغ | FB
laundry-counter | اليكسا شغل المغسلة ممل قولي عاصمة سيراليون | SL
laundry-counter | اليكسا عاصمة غامبيا | GM
laundry-counter | اليكسا عاصمة غينيا بيساو | GW
laundry-counter | اليكسا عاصمة الرأس الاخضر | CV
laundry-counter | اليكسا عاصمة ساو تومي وبرينسيبي | ST
laundry-counter | اليكسا النشا خلص وش عاصمة موريتانيا | MR
laundry-counter | اليكسا عاصمة جمهورية افريقيا الوسطى | CF
# tamees-bakery
tamees-bakery | اليكسا الفران يقول انه من {} وش عاصمتها | افغانستان=AF; طاجيكستان=TJ; اوزبكستان=UZ
tamees-bakery | اليكسا الطابور طويل عاصمة {} | تركمانستان=TM; قيرغيزستان=KG; كازاخستان=KZ
tamees-bakery | اليكسا خبز التميس على الفرن عاصمة {} | ايران=IR; اذربيجان=AZ; ارمينيا=AM
tamees-bakery | اليكسا كم سعر التميس اليوم | FB
tamees-bakery | اليكسا وصفة تميس بالجبن والعسل | FB
tamees-bakery | اليكسا عاصمة منغوليا | MN
tamees-bakery | اليكسا عاصمة جورجيا الدولة مو الولاية | GE
tamees-bakery | اليكسا عاصمة الشيشان | FB
tamees-bakery | اليكسا عاصمة بيلاروسيا | BY
tamees-bakery | اليكسا عاصمة مولدوفا | MD
tamees-bakery | اليكسا عاصمة ليتوانيا | LT
tamees-bakery | اليكسا عاصمة لاتفيا | LV
tamees-bakery | اليكسا عاصمة استونيا | EE
# mandi-restaurant
mandi-restaurant | اليكسا المندي جاهز بعد شوي وش عاصمة {} | اليمن=YE; عمان=OM; جيبوتي=DJ
mandi-restaurant | اليكسا المظبي على النار عاصمة {} | الصومال=SO; اثيوبيا=ET; اريتريا=ER
mandi-restaurant | اليكسا الزبون في الجلسة العائلية يسال عاصمة {} | اندونيسيا=ID; الفلبين=PH; بروناي=BN
mandi-restaurant | اليكسا كم نفر يكفيه نص حاشي | FB
mandi-restaurant | اليكسا اطلبي رز بسمتي من التموينات | FB
mandi-restaurant | اليكسا عاصمة حضرموت | FB
mandi-restaurant | اليكسا عاصمة جزر القمر | KM
mandi-restaurant | اليكسا عاصمة مدغشقر | MG
mandi-restaurant | اليكسا عاصمة موريشيوس الطباخ منها | MU
mandi-restaurant | اليكسا عاصمة سيشل | SC
mandi-restaurant | اليكسا عاصمة المالديف | MV
mandi-restaurant | اليكسا عاصمة تنزانيا | TZ
mandi-restaurant | اليكسا عاصمة كينيا | KE
# physiotherapy-clinic
physiotherapy-clinic | اليكسا وانا اسوي تمارين الركبة وش عاصمة {} | الدنمارك=DK; النرويج=NO; فنلندا=FI
physiotherapy-clinic | اليكسا المريض يبي يتسلى في الجلسة عاصمة {} | ايسلندا=IS; استونيا=EE; لوكسمبورغ=LU
physiotherapy-clinic | اليكسا عشر تكرارات وبعدين قولي عاصمة {} | بلجيكا=BE; هولندا=NL; مالطا=MT
physiotherapy-clinic | اليكسا الاخصائية تقول اسال عن عاصمة {} وانا امشي على السير | البرتغال=PT; اسبانيا=ES; اندورا=AD
physiotherapy-clinic | اليكسا ضبطي مؤقت عشر دقايق للكمادات | FB
physiotherapy-clinic | اليكسا كم يوم يحتاج الرباط الصليبي عشان يطيب | FB
physiotherapy-clinic | اليكسا عاصمة موناكو | MC
physiotherapy-clinic | اليكسا عاصمة ليختنشتاين | LI
physiotherapy-clinic | اليكسا عاصمة سان مارينو | SM
physiotherapy-clinic | اليكسا عاصمة الفاتيكان | VA
physiotherapy-clinic | اليكسا عاصمة قبرص | CY
physiotherapy-clinic | اليكسا المريض من بوليفيا يقول عندهم عاصمتين سوكري ولاباز صح | BO
# zamzam-distribution
zamzam-distribution | اليكسا نوزع كراتين زمزم على حجاج {} وش عاصمتها | نيجيريا=NG; النيجر=NE; مالي=ML
zamzam-distribution | اليكسا الترامس رايحة لحجاج {} عاصمتهم وش | السنغال=SN; غينيا=GN; بوركينا فاسو=BF
zamzam-distribution | اليكسا الحملة اللي عند الباب من {} وش عاصمتها | تشاد=TD; الكاميرون=CM; ساحل العاج=CI
zamzam-distribution | اليكسا حجاج من {} يسالون وش عاصمة بلدهم بالعربي | اوزبكستان=UZ; طاجيكستان=TJ; قيرغيزستان=KG
zamzam-distribution | اليكسا كم كرتون زمزم باقي في المستودع | FB
zamzam-distribution | اليكسا كم درجة الحرارة في مكة الحين | FB
zamzam-distribution | اليكسا حجاج ساحل العاج يقولون عاصمتهم ياموسوكرو وابيدجان وش عواصمهم | CI
zamzam-distribution | اليكسا عاصمة جنوب افريقيا حجاجهم وصلوا | ZA
zamzam-distribution | اليكسا عاصمة السودان حجاجهم كثير | SD
zamzam-distribution | اليكسا عاصمة ليبيا | LY
zamzam-distribution | اليكسا عاصمة الجزائر | DZ
zamzam-distribution | اليكسا عاصمة تونس | TN
zamzam-distribution | اليكسا عاصمة البوسنة | BA
# swimming-coaches
swimming-coaches | اليكسا بين الاشواط عاصمة {} | استراليا=AU; امريكا=US; الصين=CN
swimming-coaches | اليكسا البطل الاولمبي من {} وش عاصمتها | المجر=HU; جنوب افريقيا=ZA; كندا=CA
swimming-coaches | اليكسا الصافرة قبل شوي قولي عاصمة {} | جامايكا=JM; كوبا=CU; هايتي=HT
swimming-coaches | اليكسا كم طول المسبح الاولمبي | FB
swimming-coaches | اليكسا مين صاحب الرقم القياسي في مية متر حرة | FB
swimming-coaches | اليكسا كم درجة حرارة الموية المناسبة للسباحة | FB
swimming-coaches | اليكسا عاصمة جزر البهاما | BS
swimming-coaches | اليكسا عاصمة بربادوس | BB
swimming-coaches | اليكسا عاصمة ترينيداد وتوباغو | TT
swimming-coaches | اليكسا عاصمة الدومينيكان | DO
swimming-coaches | اليكسا عاصمة غرينادا | GD
swimming-coaches | اليكسا عاصمة سانت لوسيا | LC
# taif-rose-distillers
taif-rose-distillers | اليكسا وانا اقطر الورد عاصمة {} | بلغاريا=BG; تركيا=TR; ايران=IR
taif-rose-distillers | اليكسا دهن الورد نصدره الى {} وش عاصمتها | فرنسا=FR; الامارات=AE; الكويت=KW
taif-rose-distillers | اليكسا الورد الطائفي احسن من ورد {} وش عاصمتها | المغرب=MA; سوريا=SY; الهند=IN
taif-rose-distillers | اليكسا كم وردة تحتاج تولة دهن ورد | FB
taif-rose-distillers | اليكسا متى موسم قطف الورد في الطائف | FB
taif-rose-distillers | اليكسا عاصمة هولندا الورد الهولندي معروف | NL
taif-rose-distillers | اليكسا عاصمة الاكوادور الورد عندهم كبير | EC
taif-rose-distillers | اليكسا عاصمة كولومبيا | CO
taif-rose-distillers | اليكسا عاصمة كينيا ورد كينيا يجينا | KE
taif-rose-distillers | اليكسا عاصمة اثيوبيا | ET
taif-rose-distillers | اليكسا عاصمة اسبانيا | ES
taif-rose-distillers | اليكسا عاصمة ولاية الطائف | FB
# dhow-carpenters
dhow-carpenters | اليكسا خشب الساج يجي من {} وش عاصمتها | الهند=IN; ميانمار=MM; اندونيسيا=ID
dhow-carpenters | اليكسا القلاف القديم كان يروح بالبوم الى {} عاصمتها ايش | زنجبار تنزانيا=TZ; كينيا=KE; الصومال=SO
dhow-carpenters | اليكسا واحنا ندق المسامير عاصمة {} | الكويت=KW; قطر=QA; البحرين=BH
dhow-carpenters | اليكسا كيف احمي الخشب من الرطوبة | FB
dhow-carpenters | اليكسا كم عمر صناعة السفن في دارين | FB
dhow-carpenters | اليكسا عاصمة عمان | OM
dhow-carpenters | اليكسا عاصمة ايران | IR
dhow-carpenters | اليكسا عاصمة باكستان | PK
dhow-carpenters | اليكسا عاصمة سريلانكا وش عواصمها الثنتين | LK
dhow-carpenters | اليكسا عاصمة موزمبيق | MZ
dhow-carpenters | اليكسا عاصمة جزر القمر الصيادين منها | KM
dhow-carpenters | اليكسا عاصمة العراق | IQ
# wedding-tent-rental
wedding-tent-rental | اليكسا الخيام وصلت من {} وش عاصمتها | الصين=CN; تركيا=TR; باكستان=PK
wedding-tent-rental | اليكسا ونحن نرص الكراسي عاصمة {} | المكسيك=MX; البرازيل=BR; الارجنتين=AR
wedding-tent-rental | اليكسا الصيوان الكبير للمعرس عاصمة {} | ايطاليا=IT; اليونان=GR; كرواتيا=HR
wedding-tent-rental | اليكسا كم سعر تاجير صيوان ليوم واحد | FB
wedding-tent-rental | اليكسا هل بيكون فيه مطر يوم الخميس | FB
wedding-tent-rental | اليكسا عاصمة بنما | PA
wedding-tent-rental | اليكسا عاصمة كوستاريكا | CR
wedding-tent-rental | اليكسا عاصمة نيكاراغوا | NI
wedding-tent-rental | اليكسا عاصمة هندوراس | HN
wedding-tent-rental | اليكسا عاصمة غواتيمالا | GT
wedding-tent-rental | اليكسا عاصمة السلفادور | SV
wedding-tent-rental | اليكسا عاصمة بليز | BZ
# pattani-thai-students
pattani-thai-students | اليكسا يا اخي انا من تايلاند عاصمة {} | تايلاند=TH; ماليزيا=MY; كمبوديا=KH
pattani-thai-students | اليكسا من فضلك ما هي عاصمة {} | لاوس=LA; فيتنام=VN; سنغافورة=SG
pattani-thai-students | اليكسا انا ما اعرف عاصمة {} ممكن تقول | بروناي=BN; تيمور الشرقية=TL; الفلبين=PH
pattani-thai-students | اليكسا ماليزيا كم عاصمة عندها يا اخي | MY
pattani-thai-students | اليكسا ما هي عواصم ماليزيا كوالالمبور وبوتراجايا | MY
pattani-thai-students | اليكسا عاصمة بلدي بانكوك صح | TH
pattani-thai-students | اليكسا ما هي عاصمة فطاني | FB
pattani-thai-students | اليكسا كيف اقول شكرا بالعربي الفصحى | FB
pattani-thai-students | اليكسا ما هي عاصمة ميانمار من فضلك | MM
pattani-thai-students | اليكسا ما هي عاصمة نيبال | NP
pattani-thai-students | اليكسا ما هي عاصمة بوتان | BT
pattani-thai-students | اليكسا ما هي عاصمة المالديف يا اخي | MV
# kosovar-students
kosovar-students | اليكسا من فضلك انا من كوسوفو ما هي عاصمة {} | كوسوفو=XK; البانيا=AL; صربيا=RS
kosovar-students | اليكسا يا اخي عاصمة {} ما هي | مقدونيا الشمالية=MK; الجبل الاسود=ME; بلغاريا=BG
kosovar-students | اليكسا انا ادرس العربي ما عاصمة {} | رومانيا=RO; هنغاريا=HU; النمسا=AT
kosovar-students | اليكسا ما هي عاصمة البوسنة والهرسك من فضلك | BA
kosovar-students | اليكسا ما عاصمة سلوفينيا | SI
kosovar-students | اليكسا ما معنى كلمة عاصمة | FB
kosovar-students | اليكسا كيف الجو في بريشتينا | FB
kosovar-students | اليكسا عاصمة كرواتيا يا اخي | HR
kosovar-students | اليكسا عاصمة اليونان من فضلك | GR
kosovar-students | اليكسا بريشتينا عاصمة اي دولة | CITY:بريشتينا
kosovar-students | اليكسا عاصمة سلوفاكيا | SK
kosovar-students | اليكسا عاصمة مولدافيا | MD
# comorian-workers
comorian-workers | اليكسا انا من جزر القمر وش عاصمة {} | جزر القمر=KM; مدغشقر=MG; موزمبيق=MZ
comorian-workers | اليكسا اخوي في {} وش عاصمتها | فرنسا=FR; تنزانيا=TZ; مايوت=YT
comorian-workers | اليكسا عاصمة {} الله يخليك | زامبيا=ZM; ملاوي=MW; زيمبابوي=ZW
comorian-workers | اليكسا موروني عاصمة بلدنا صح | KM
comorian-workers | اليكسا عاصمة جزيرة انجوان | FB
comorian-workers | اليكسا كم ساعة الطيارة من جدة الى موروني | FB
comorian-workers | اليكسا عاصمة ريونيون | RE
comorian-workers | اليكسا عاصمة ناميبيا | NA
comorian-workers | اليكسا عاصمة بوتسوانا | BW
comorian-workers | اليكسا عاصمة ليسوتو | LS
comorian-workers | اليكسا عاصمة انغولا | AO
comorian-workers | اليكسا عاصمة اسواتيني كم عاصمة لها | SZ
# bohra-shopkeepers
bohra-shopkeepers | اليكسا صاحب المحل يسال عاصمة {} | الهند=IN; كينيا=KE; تنزانيا=TZ
bohra-shopkeepers | اليكسا بابا الزبون من {} عاصمة ايش | اوغندا=UG; اليمن=YE; باكستان=PK
bohra-shopkeepers | اليكسا البضاعة جاية من {} وش عاصمتها | الصين=CN; هونغ كونغ=HK; تايلاند=TH
bohra-shopkeepers | اليكسا كم سعر الروبية الهندية اليوم | FB
bohra-shopkeepers | اليكسا عاصمة غوجارات | IN-GJ
bohra-shopkeepers | اليكسا عاصمة ولاية ماهاراشترا مومباي صح | IN-MH
bohra-shopkeepers | اليكسا عاصمة ولاية كارناتاكا | IN-KA
bohra-shopkeepers | اليكسا عاصمة سريلانكا كولومبو | LK
bohra-shopkeepers | اليكسا عاصمة مدغشقر الاخ فيها تجارة | MG
bohra-shopkeepers | اليكسا عاصمة سنغافورة | SG
bohra-shopkeepers | اليكسا متى يقفل السوق اليوم | FB
# adult-literacy-class
adult-literacy-class | اليكسا يا ابلة وش عاصمة {} | مصر=EG; السعودية=SA; العراق=IQ
adult-literacy-class | اليكسا المعلمة قالت نعرف عاصمة {} | سوريا=SY; لبنان=LB; الاردن=JO
adult-literacy-class | اليكسا انا كبيرة وما اعرف عاصمة {} | فلسطين=PS; المغرب=MA; تونس=TN
adult-literacy-class | اليكسا اكتبي لي كلمة عاصمة بالحروف | FB
adult-literacy-class | اليكسا كم حرف في الابجدية | FB
adult-literacy-class | اليكسا عاصمة الكويت | KW
adult-literacy-class | اليكسا عاصمة قطر يا ابلة | QA
adult-literacy-class | اليكسا عاصمة البحرين | BH
adult-literacy-class | اليكسا عاصمة الامارات ابوظبي ولا دبي | AE
adult-literacy-class | اليكسا عاصمة فلسطين القدس | PS
adult-literacy-class | اليكسا عاصمة موريتانيا | MR
adult-literacy-class | اليكسا عاصمة الصومال | SO
adult-literacy-class | اليكسا عاصمة جيبوتي | DJ
# english-institute
english-institute | اليكسا وش عاصمة {} بالانجليزي | انجلترا=GB-ENG; ايرلندا=IE; نيوزيلندا=NZ
english-institute | اليكسا الانستركتر من {} وش عاصمتها | كندا=CA; استراليا=AU; جنوب افريقيا=ZA
english-institute | اليكسا عندي بريزنتيشن عن {} وش عاصمتها | اسكتلندا=GB-SCT; امريكا=US; جامايكا=JM
english-institute | اليكسا وش معنى كابيتال | FB
english-institute | اليكسا ترجمي كلمة عاصمة للانجليزي | FB
english-institute | اليكسا كم درجة الايلتس المطلوبة للابتعاث | FB
english-institute | اليكسا عاصمة ويلز | GB-WLS
english-institute | اليكسا عاصمة بريطانيا لندن صح | GB
english-institute | اليكسا عاصمة المملكة المتحدة | GB
english-institute | اليكسا عاصمة مالطا | MT
english-institute | اليكسا عاصمة ليبيريا | LR
english-institute | اليكسا عاصمة غيانا اللي يتكلمون انجليزي | GY
english-institute | اليكسا عاصمة بليز الانجليزية | BZ
# henna-night
henna-night | اليكسا الطقاقة تسال عاصمة {} | السودان=SD; اليمن=YE; المغرب=MA
henna-night | اليكسا المعازيم يتحدون بعض عاصمة {} | الهند=IN; باكستان=PK; بنغلاديش=BD
henna-night | اليكسا العروس تبي تعرف عاصمة {} عشان شهر العسل | المالديف=MV; اندونيسيا=ID; جورجيا=GE
henna-night | اليكسا شغلي اغنية سامرية | FB
henna-night | اليكسا كم تاخذ الحنا عشان تثبت | FB
henna-night | اليكسا عاصمة ماليزيا العروس بتسافر لها | MY
henna-night | اليكسا عاصمة البوسنة والهرسك | BA
henna-night | اليكسا عاصمة سيشل شهر عسل | SC
henna-night | اليكسا عاصمة موريشيوس | MU
henna-night | اليكسا عاصمة اذربيجان | AZ
henna-night | اليكسا عاصمة تركيا اسطنبول ولا انقرة | TR
henna-night | اليكسا عاصمة النمسا | AT
# sandstorm-day
sandstorm-day | اليكسا الغبار برا وقاعدين بالبيت وش عاصمة {} | مصر=EG; ليبيا=LY; النيجر=NE
sandstorm-day | اليكسا سكرنا الشبابيك من الغبار عاصمة {} | تشاد=TD; مالي=ML; موريتانيا=MR
sandstorm-day | اليكسا الدراسة عن بعد بسبب الغبار عاصمة {} | الجزائر=DZ; تونس=TN; السودان=SD
sandstorm-day | اليكسا متى يروح الغبار | FB
sandstorm-day | اليكسا هل فيه تعليق دراسة بكرة | FB
sandstorm-day | اليكسا كم سرعة الرياح في الرياض | FB
sandstorm-day | اليكسا عاصمة الصحراء الغربية | EH
sandstorm-day | اليكسا عاصمة منغوليا صحراء جوبي | MN
sandstorm-day | اليكسا عاصمة الكونغو برازافيل | CG
sandstorm-day | اليكسا عاصمة جمهورية الكونغو | CG
sandstorm-day | اليكسا عاصمة بوركينا فاسو | BF
sandstorm-day | اليكسا عاصمة الاردن | JO
# grandfather-hard-of-hearing
grandfather-hard-of-hearing | اليكسا ارفعي صوتك جدي يبي يعرف عاصمة {} | العراق=IQ; سوريا=SY; الكويت=KW
grandfather-hard-of-hearing | اليكسا جدي يقول وش عاصمة {} | الهند=IN; فلسطين=PS; مصر=EG
grandfather-hard-of-hearing | اليكسا عيدي مرة ثانية بصوت عالي عاصمة {} | باكستان=PK; افغانستان=AF; تركيا=TR
grandfather-hard-of-hearing | اليكسا ارفعي الصوت | FB
grandfather-hard-of-hearing | اليكسا اعلى صوت | FB
grandfather-hard-of-hearing | اليكسا جدي يسال عن عاصمة الكونغو اللي كانت زائير | CD
grandfather-hard-of-hearing | اليكسا جدي يقول عاصمة روسيا موسكو صح | RU
grandfather-hard-of-hearing | اليكسا جدي يسال عاصمة فلسطين مرة ثانية | PS
grandfather-hard-of-hearing | اليكسا جدي راح الهند زمان وش عاصمتها الحين | IN
grandfather-hard-of-hearing | اليكسا جدي يقول عاصمة ايران طهران | IR
grandfather-hard-of-hearing | اليكسا جدي يبي عاصمة اثيوبيا | ET
grandfather-hard-of-hearing | اليكسا عاصمة الاتحاد السوفيتي | FB
# national-day
national-day | اليكسا في اليوم الوطني عاصمة {} | السعودية=SA; الامارات=AE; عمان=OM
national-day | اليكسا العيال لابسين اخضر وش عاصمة {} | باكستان=PK; نيجيريا=NG; ليبيا=LY
national-day | اليكسا علم {} فيه اخضر وش عاصمتها | بنغلاديش=BD; موريتانيا=MR; السنغال=SN
national-day | اليكسا كم عمر المملكة في اليوم الوطني | FB
national-day | اليكسا شغلي فوق هام السحب | FB
national-day | اليكسا متى الالعاب النارية الليلة | FB
national-day | اليكسا عاصمة المملكة العربية السعودية | SA
national-day | اليكسا عاصمة الجزائر وعلمها اخضر | DZ
national-day | اليكسا عاصمة البرازيل | BR
national-day | اليكسا عاصمة ايطاليا | IT
national-day | اليكسا عاصمة ايرلندا | IE
national-day | اليكسا عاصمة جامايكا | JM
# hospital-waiting-room
hospital-waiting-room | اليكسا لين يطلع رقمي عاصمة {} | الفلبين=PH; الهند=IN; الاردن=JO
hospital-waiting-room | اليكسا الدكتور من {} وش عاصمتها | السودان=SD; مصر=EG; سوريا=SY
hospital-waiting-room | اليكسا الممرضة من {} عاصمتها ايش | كينيا=KE; نيجيريا=NG; ماليزيا=MY
hospital-waiting-room | اليكسا كم ساعة الانتظار في الطوارئ عادة | FB
hospital-waiting-room | اليكسا ذكريني بموعد العيادة بكرة | FB
hospital-waiting-room | اليكسا عاصمة جنوب افريقيا والدكتور منها | ZA
hospital-waiting-room | اليكسا عاصمة تونس الطبيب تونسي | TN
hospital-waiting-room | اليكسا عاصمة المغرب | MA
hospital-waiting-room | اليكسا عاصمة كوبا الدكاترة الكوبيين | CU
hospital-waiting-room | اليكسا عاصمة العراق المريض اللي جنبي عراقي | IQ
hospital-waiting-room | اليكسا عاصمة لبنان | LB
# bara-alsalfa-game
bara-alsalfa-game | اليكسا احنا نلعب برا السالفة والسالفة {} وش عاصمتها | البرتغال=PT; هولندا=NL; بلجيكا=BE
bara-alsalfa-game | اليكسا اللي برا السالفة قال {} طيب وش عاصمتها | كوريا الشمالية=KP; كوريا الجنوبية=KR; اليابان=JP
bara-alsalfa-game | اليكسا الفئة دول عاصمة {} | الكونغو الديمقراطية=CD; الكونغو=CG; غينيا الاستوائية=GQ
bara-alsalfa-game | اليكسا مين برا السالفة | FB
bara-alsalfa-game | اليكسا اختاري لنا سالفة | FB
bara-alsalfa-game | اليكسا تصويت مين برا السالفة | FB
bara-alsalfa-game | اليكسا السالفة كانت بوليفيا وش عواصمها | BO
bara-alsalfa-game | اليكسا السالفة دولة عاصمتها كيغالي | CITY:كيغالي
bara-alsalfa-game | اليكسا السالفة فلسطين وش عاصمتها | PS
bara-alsalfa-game | اليكسا السالفة كولومبيا وش عاصمتها | CO
bara-alsalfa-game | اليكسا عاصمة فنزويلا | VE
bara-alsalfa-game | اليكسا عاصمة الباراغواي | PY
# sapta-ticket-counter
sapta-ticket-counter | اليكسا الراكب من {} ويسال عن عاصمتها | الاردن=JO; مصر=EG; اليمن=YE
sapta-ticket-counter | اليكسا الرحلة الدولية الى {} عاصمتها وش | الكويت=KW; البحرين=BH; الامارات=AE
sapta-ticket-counter | اليكسا قبل ما اطبع التذكرة عاصمة {} | قطر=QA; عمان=OM; العراق=IQ
sapta-ticket-counter | اليكسا كم سعر تذكرة الباص الى الدمام | FB
sapta-ticket-counter | اليكسا متى تطلع رحلة جدة | FB
sapta-ticket-counter | اليكسا عاصمة سوريا دمشق | SY
sapta-ticket-counter | اليكسا عاصمة تركيا الراكب تركي | TR
sapta-ticket-counter | اليكسا عاصمة بنغلاديش دكا | BD
sapta-ticket-counter | اليكسا عاصمة اندونيسيا | ID
sapta-ticket-counter | اليكسا عاصمة نيبال | NP
sapta-ticket-counter | اليكسا عاصمة الفلبين مانيلا | PH
# campus-dorm
campus-dorm | اليكسا زميلي في السكن من {} وش عاصمتها | اندونيسيا=ID; تايلاند=TH; الصين=CN
campus-dorm | اليكسا الساعة ثلاث الفجر وش عاصمة {} | كازاخستان=KZ; روسيا=RU; اوكرانيا=UA
campus-dorm | اليكسا رهان مع زميلي عاصمة {} | استراليا=AU; كندا=CA; البرازيل=BR
campus-dorm | اليكسا متى يفتح المطعم الجامعي | FB
campus-dorm | اليكسا كم باقي على المكافاة | FB
campus-dorm | اليكسا اطفي النور | FB
campus-dorm | اليكسا عاصمة نيوزيلندا | NZ
campus-dorm | اليكسا عاصمة الارجنتين | AR
campus-dorm | اليكسا عاصمة تشيلي | CL
campus-dorm | اليكسا عاصمة بيرو | PE
campus-dorm | اليكسا عاصمة الاوروغواي | UY
campus-dorm | اليكسا عاصمة الاكوادور | EC
# help
help | اليكسا انا في العنبر ويدي مشغولة كيف اسال عواصم العالم عن دولة | HELP
help | اليكسا جدي ما يعرف يكلم المهارة علميه وش يقول بالضبط | HELP
help | اليكسا يا ابلة اليكسا وش الكلمة اللي اقولها عشان تطلع العاصمة | HELP
help | اليكسا من فضلك انا طالب اجنبي كيف استعمل عواصم العالم | HELP
help | اليكسا عواصم العالم ما تفهمني وش المفروض اقول | HELP
help | اليكسا الزبون يبي يعرف كيف يسال العواصم ساعديه | HELP
help | اليكسا في الكامب الشباب يبون يعرفون طريقة المهارة | HELP
help | اليكسا عطيني شرح قصير للعواصم قبل ما نلعب برا السالفة | HELP
help | اليكسا اعيدي لي التعليمات جدي ما سمع | HELP
help | اليكسا المريض يبي يعرف وش يقدر يسال | HELP
help | اليكسا وش الاسئلة اللي تجاوبها عواصم العالم يا اخي | HELP
help | اليكسا ابي مساعدة في عواصم العالم بسرعة | HELP
help | اليكسا كيف اسال عن عاصمة ولاية مو دولة | HELP
help | اليكسا هل اقدر اسال عن عاصمة مدينة ولا بس الدول | HELP
help | اليكسا وش الخيارات اللي عندك في عواصم العالم | HELP
help | اليكسا ساعديني الله يسعدك ما فهمت المهارة | HELP
# stop
stop | اليكسا خلاص الزبون جا وقفي العواصم | STOP
stop | اليكسا الحلبة بدت اسكتي الحين | STOP
stop | اليكسا الباص وصل خلاص قفلي | STOP
stop | اليكسا جدي نام وقفي بهدوء | STOP
stop | اليكسا الطقاقة بدت اسكتي عاد | STOP
stop | اليكسا الرقم حقي طلع وقفي | STOP
stop | اليكسا انتهت الجلسة اقفلي المهارة | STOP
stop | اليكسا خلاص يا اخي يكفي شكرا | STOP
stop | اليكسا المندي طلع خلاص وقفي اللعبة | STOP
stop | اليكسا انتهى الدوام اطلعي من عواصم العالم | STOP
stop | اليكسا اسكتي الغبار دخل نبي نسكر | STOP
stop | اليكسا خلصت اللعبة برا السالفة وقفي | STOP
stop | اليكسا بس بس خلاص | STOP
stop | اليكسا وقفي عواصم العالم الله يعافيك | STOP
stop | اليكسا سكري اللعبة نبي ننام | STOP
stop | اليكسا المعلمة جت وقفي | STOP
stop | اليكسا قفلي المهارة خلاص تعبت | STOP
stop | اليكسا لا تكملين العواصم خلاص | STOP
stop | اليكسا اطلعي يا اليكسا خلصنا | STOP
# cancel
cancel | اليكسا لا الغي اخذت الدولة الغلط | CANCEL
cancel | اليكسا الغي السؤال الزبون راح | CANCEL
cancel | اليكسا الغيه يا اخي ما ابي | CANCEL
cancel | اليكسا الغي اللي طلبته قبل شوي | CANCEL
cancel | اليكسا لا لا الغي جدي غير رايه | CANCEL
cancel | اليكسا كنسلي السؤال العيال غيروا الدولة | CANCEL
cancel | اليكسا الغي الطلب تراني غلطت في الاسم | CANCEL
cancel | اليكسا الغي يا بنت الحلال | CANCEL
cancel | اليكسا الغيها ما ابي العاصمة | CANCEL
cancel | اليكسا الغي هالسؤال من فضلك | CANCEL
cancel | اليكسا لا تجاوبين خلاص الغيه | CANCEL
cancel | اليكسا الغي ولا كاني قلت شي | CANCEL
cancel | اليكسا الغي الحين بسرعة | CANCEL
cancel | اليكسا الغي السالفة نبي سالفة ثانية | CANCEL
cancel | اليكسا الغي ذا الطلب الدكتور نادى | CANCEL
cancel | اليكسا الغي اللي قاعدة تقولينه | CANCEL
cancel | اليكسا لا الغي مو هذي الدولة | CANCEL
cancel | اليكسا الغي العاصمة اللي سالت عنها | CANCEL
# launch
launch | اليكسا افتحي عواصم العالم للشباب في الكامب | LAUNCH
launch | اليكسا شغلي عواصم العالم لجدي | LAUNCH
launch | اليكسا افتحي عواصم العالم نبي نلعب برا السالفة | LAUNCH
launch | اليكسا من فضلك افتح عواصم العالم يا اخي | LAUNCH
launch | اليكسا شغلي عواصم العالم للطالبات يا ابلة | LAUNCH
launch | اليكسا افتحي عواصم العالم وانا اكوي | LAUNCH
launch | اليكسا شغلي عواصم العالم لين يطلع رقمي | LAUNCH
launch | اليكسا افتحي عواصم العالم في الجلسة | LAUNCH
launch | اليكسا ابي اتسلى افتحي عواصم العالم | LAUNCH
launch | اليكسا يلا نبدا عواصم العالم في اليوم الوطني | LAUNCH
launch | اليكسا قعدنا بالبيت من الغبار افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم قبل ما يجي الباص | LAUNCH
launch | اليكسا العيال زهقوا شغلي عواصم العالم | LAUNCH
launch | اليكسا افتحي مهارة عواصم العالم حق الدول | LAUNCH
launch | اليكسا عواصم العالم افتحي من فضلك | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم بسرعة | LAUNCH
launch | اليكسا افتحي عواصم العالم للمعازيم | LAUNCH
launch | اليكسا ودي اتحدى زميلي افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم في السكن | LAUNCH
launch | اليكسا افتح عواصم العالم وانا في البنشر | LAUNCH
# plural-capitals
plural-capitals | اليكسا الخبير الهولندي سالني وش عواصم بلده هولندا | NL
plural-capitals | اليكسا حجاج بنين عندهم عاصمتين وش هم | BJ
plural-capitals | اليكسا السالفة اسواتيني عطيني عواصمها الثنتين | SZ
plural-capitals | اليكسا البطل من جنوب افريقيا يسال عواصمه الثلاث | ZA
plural-capitals | اليكسا بوليفيا وش عواصمها الاثنتين | BO
plural-capitals | اليكسا كوالالمبور وبوتراجايا عواصم ماليزيا صح | MY
plural-capitals | اليكسا عواصم سريلانكا كولومبو وكوتي | LK
plural-capitals | اليكسا عواصم ساحل العاج الثنتين | CI
# shared-name
shared-name | اليكسا عاصمة غينيا اللي في غرب افريقيا مو بيساو | GN
shared-name | اليكسا عاصمة الكونغو اللي عاصمتها على النهر قدام كينشاسا | CG
shared-name | اليكسا عاصمة الكوريتين الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة جورجيا اللي جنب تركيا | GE
shared-name | اليكسا عاصمة جورجيا الولاية اللي في امريكا | US-GA
shared-name | اليكسا عاصمة السودان الجنوبي | SS
shared-name | اليكسا عاصمة ايرلندا الجنوبية | IE
shared-name | اليكسا عاصمة الصين تايوان | TW
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة المكسيك الدولة | MX
shared-name | اليكسا عاصمة ساموا الامريكية | AS
shared-name | اليكسا عاصمة الكونغو الكبيرة | CD
# subdivision
subdivision | اليكسا المهندس من تكساس يسال عاصمة ولايته | US-TX
subdivision | اليكسا عاصمة اسكتلندا الطالب يقول ادنبرة | GB-SCT
subdivision | اليكسا الزائر من ولاية كيرلا وش عاصمتها | IN-KL
subdivision | اليكسا عاصمة مقاطعة نوفا سكوشا في كندا | CA-NS
subdivision | اليكسا عاصمة ولاية ميناس جيرايس | BR-MG
subdivision | اليكسا عاصمة ولاية بافاريا وش هي | DE-BY
subdivision | اليكسا عاصمة ولاية نيفادا | US-NV
subdivision | اليكسا عاصمة منطقة الباسك | FB
subdivision | اليكسا عاصمة جزيرة صقلية | FB
subdivision | اليكسا عاصمة ولاية كيرالا الهندية الممرضات منها | IN-KL
subdivision | اليكسا عاصمة تاميل نادو العامل من هناك | IN-TN
subdivision | اليكسا عاصمة اقليم ويلز في بريطانيا | GB-WLS
subdivision | اليكسا عاصمة ولاية كوينزلاند في استراليا | AU-QLD
subdivision | اليكسا عاصمة ولاية بنسلفانيا | US-PA
subdivision | اليكسا عاصمة ولاية لويزيانا | US-LA
subdivision | اليكسا عاصمة ولاية ماساتشوستس | US-MA
subdivision | اليكسا عاصمة مقاطعة البنجاب الباكستانية | FB
subdivision | اليكسا عاصمة ولاية كارولاينا الشمالية | US-NC
subdivision | اليكسا عاصمة ولاية جنوب استراليا | AU-SA
subdivision | اليكسا عاصمة ولاية هيماجل براديش | IN-HP
subdivision | اليكسا عاصمة اقليم التبت | FB
subdivision | اليكسا عاصمة ولاية ريو دي جانيرو | BR-RJ
subdivision | اليكسا عاصمة ولاية نويفو ليون | MX-NLE
subdivision | اليكسا عاصمة ولاية اوهايو | US-OH
# official-name
official-name | اليكسا عاصمة جمهورية الفلبين | PH
official-name | اليكسا عاصمة جمهورية اتحاد جزر القمر الصغيرة | KM
official-name | اليكسا عاصمة مملكة تايلاند | TH
official-name | اليكسا عاصمة جمهورية الهند | IN
official-name | اليكسا عاصمة الجمهورية التونسية | TN
official-name | اليكسا عاصمة دولة الامارات العربية المتحدة | AE
official-name | اليكسا عاصمة جمهورية العراق | IQ
official-name | اليكسا عاصمة دولة ليبيا | LY
official-name | اليكسا عاصمة جمهورية السودان | SD
official-name | اليكسا عاصمة مملكة اسواتيني الرسمية | SZ
official-name | اليكسا عاصمة جمهورية افريقيا الوسطى بانغي صح | CF
official-name | اليكسا عاصمة جمهورية الرأس الاخضر | CV
official-name | اليكسا عاصمة الولايات المتحدة الامريكية | US
official-name | اليكسا عاصمة دولة قطر | QA
# out-of-domain
out-of-domain | اليكسا كم عدد سكان {} | الرياض=FB; طوكيو=FB; القاهرة=FB
out-of-domain | اليكسا الجو في {} اليوم | ابها=FB; الطائف=FB; خميس مشيط=FB
out-of-domain | اليكسا كم الساعة الحين في {} | لندن=FB; جاكرتا=FB; نيويورك=FB
out-of-domain | اليكسا شغلي اغاني {} | محمد عبده=FB; عبادي الجوهر=FB; راشد الماجد=FB
out-of-domain | اليكسا كم تبعد {} عن الرياض | جدة=FB; الدمام=FB; المدينة=FB
out-of-domain | اليكسا عاصمة قارة {} | افريقيا=FB; اوروبا=FB; اسيا=FB
out-of-domain | اليكسا وش عملة {} | اليابان=FB; ماليزيا=FB; الهند=FB
out-of-domain | اليكسا وش اللغة الرسمية في {} | البرازيل=FB; سويسرا=FB; باكستان=FB
out-of-domain | اليكسا اضبطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا مؤقت ربع ساعة للمندي | FB
out-of-domain | اليكسا وش اكبر عاصمة في العالم من ناحية السكان | FB
out-of-domain | اليكسا وش اقدم عاصمة في التاريخ | FB
out-of-domain | اليكسا وش اعلى عاصمة عن سطح البحر | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا عاصمة الموضة في العالم | FB
out-of-domain | اليكسا متى صلاة العصر | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش نتيجة مباراة الهلال | FB
out-of-domain | اليكسا احكي لي نكتة | FB
out-of-domain | اليكسا شغلي القران سورة الكهف | FB
out-of-domain | اليكسا ضيفي حليب على قائمة المشتريات | FB
out-of-domain | اليكسا وش الاخبار اليوم | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا مين ملك الاردن | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اكبر دولة في افريقيا | FB
out-of-domain | اليكسا كم دولة في الامم المتحدة | FB
out-of-domain | اليكسا وش لون علم كندا | FB
out-of-domain | اليكسا مين اسس مدينة بغداد | FB
out-of-domain | اليكسا ليش برازيليا صارت عاصمة البرازيل | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا كم عمر مدينة دمشق | FB
out-of-domain | اليكسا وش افضل مطعم في جدة | FB
out-of-domain | اليكسا رحلة من الرياض الى كوالالمبور كم ساعة | FB
out-of-domain | اليكسا وش فرق التوقيت بين السعودية وامريكا | FB
out-of-domain | اليكسا اطفي المكيف | FB
out-of-domain | اليكسا شغلي الراديو | FB
out-of-domain | اليكسا وش معنى اسم اليكسا | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة الحب في العالم | FB
out-of-domain | اليكسا وش عاصمة القهوة في السعودية | FB
out-of-domain | اليكسا عاصمة مملكة الحجاز | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة تشيكوسلوفاكيا | FB
out-of-domain | اليكسا عاصمة ولاية الخرطوم | FB
out-of-domain | اليكسا عاصمة ارض الصومال | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا كم درجة الحرارة في موسكو | FB
out-of-domain | اليكسا شغلي الشيلات | FB
# follow-up
follow-up | طيب وعاصمة {} كم | كوريا=KP+KR; الكونغو الثانية=CG; الكونغو الكبيرة=CD
follow-up | وفلسطين وش عاصمتها يا اليكسا | PS
follow-up | ايه والشمالية | KP
follow-up | وكوريا الجنوبية بعد | KR
follow-up | وماليزيا عواصمها | MY
follow-up | وجنوب افريقيا كم عاصمة | ZA
follow-up | وبوليفيا | BO
follow-up | وهولندا بعد | NL
follow-up | واسرائيل | IL
follow-up | وفيجي | FJ
follow-up | وتونغا | TO
follow-up | وساموا | WS
# reverse-question
reverse-question | اليكسا {} هذي عاصمة ايش بالضبط | سوفا=CITY:سوفا; نوكوالوفا=CITY:نوكوالوفا; هونيارا=CITY:هونيارا
reverse-question | اليكسا عاصمتها {} وش اسم الدولة | بورت فيلا=CITY:بورت فيلا; ماجورو=CITY:ماجورو; فونافوتي=CITY:فونافوتي
reverse-question | اليكسا لمين عاصمة {} | باليكير=CITY:باليكير; نجيرولمود=CITY:نجيرولمود; يارين=CITY:يارين
reverse-question | اليكسا بانغي عاصمة مين | CITY:بانغي
reverse-question | اليكسا روسو عاصمة اي دولة | CITY:روسو
reverse-question | اليكسا كينشاسا عاصمة اي كونغو | CD
reverse-question | اليكسا بيونغ يانغ وين | KP
# everyday-name
everyday-name | اليكسا عاصمة جزر فيجي | FJ
everyday-name | اليكسا عاصمة الدومنيكان ريبابلك | DO
everyday-name | اليكسا عاصمة انتيغوا | AG
everyday-name | اليكسا عاصمة سانت كيتس | KN
everyday-name | اليكسا عاصمة سانت فنسنت | VC
everyday-name | اليكسا عاصمة هولندا اللي الناس يقولون امستردام | NL
everyday-name | اليكسا عاصمة كوريا الشمالية اللي يسمونها بيونغ يانغ | KP
everyday-name | اليكسا عاصمة الكونغو الديمقراطية زائير سابقا | CD
everyday-name | اليكسا عاصمة تيمور الشرقية | TL
everyday-name | اليكسا عاصمة بيلاروس روسيا البيضاء | BY
everyday-name | اليكسا عاصمة هولندا الحقيقية | NL
# kharj-dairy-workers
kharj-dairy-workers | اليكسا البقرة الهولشتاين اصلها من هولندا ولا المانيا وش عاصمة هولندا | NL
kharj-dairy-workers | اليكسا العنبر رقم سبعة جاهز وش عاصمة فيجي | FJ
kharj-dairy-workers | اليكسا وانا انظف الحلابات وش عاصمة النرويج | NO
kharj-dairy-workers | اليكسا مشرف الوردية من الهند يسال وش عاصمة ولاية البنجاب | IN-PB
kharj-dairy-workers | اليكسا عجل جديد انولد اليوم وش عاصمة بوليفيا | BO
kharj-dairy-workers | اليكسا ذكريني بتطعيم العجول بكرة | FB
# neom-camp-workers
neom-camp-workers | اليكسا المساح الجديد من جزر سليمان وش عاصمتها | SB
neom-camp-workers | اليكسا الكرين واقف عطيني عاصمة فانواتو | VU
neom-camp-workers | اليكسا في استراحة الغدا وش عاصمة توفالو | TV
neom-camp-workers | اليكسا الشباب يتراهنون على عاصمة كيريباتي | KI
neom-camp-workers | اليكسا وش عاصمة ناورو الجزيرة الصغيرة | NR
neom-camp-workers | اليكسا كم درجة الحرارة في الموقع الحين | FB
# diriyah-guides
diriyah-guides | اليكسا الوفد من جمهورية الدومينيكان وش عاصمتهم | DO
diriyah-guides | اليكسا زوار من انتيغوا وبربودا وش عاصمتها | AG
diriyah-guides | اليكسا السائح من دومينيكا الجزيرة وش عاصمتها | DM
diriyah-guides | اليكسا عاصمة ايسلندا الزوار منها اليوم | IS
diriyah-guides | اليكسا الضيوف من كوريا الجنوبية وش اقول لهم عن سول | KR
diriyah-guides | اليكسا وش ساعات عمل حي الطريف | FB
# tyre-shop-workers
tyre-shop-workers | اليكسا وانا افك الكفر وش عاصمة نيجيريا | NG
tyre-shop-workers | اليكسا الزبون يقول سيارته من كوريا الجنوبية عاصمتها ايش | KR
tyre-shop-workers | اليكسا الجنط هذا من الصين الشعبية عاصمتها بكين صح | CN
tyre-shop-workers | اليكسا العامل الجديد من النيبال عاصمة بلده وش | NP
tyre-shop-workers | اليكسا ساعديني عاصمة جنوب افريقيا كم وحدة | ZA
tyre-shop-workers | اليكسا كم سعر الكفر مقاس سبعطعش | FB
# khamis-military-families
khamis-military-families | اليكسا ابوي مبتعث في كوريا الجنوبية وش عاصمتها | KR
khamis-military-families | اليكسا الضابط الباكستاني يسال عاصمة بنغلاديش | BD
khamis-military-families | اليكسا اخوي في تمرين مع المغرب وش عاصمتها | MA
khamis-military-families | اليكسا الجار عسكري يقول عاصمة اسرائيل وش يقولون | IL
khamis-military-families | اليكسا امي تسال عاصمة ماليزيا ابوي بيسافر لها | MY
khamis-military-families | اليكسا متى اجازة منتصف الفصل | FB
# laundry-counter
laundry-counter | اليكسا الثياب مكوية وش عاصمة الكونغو الديمقراطية | CD
laundry-counter | اليكسا العامل اللي معي من غانا يقول عاصمته اكرا | GH
laundry-counter | اليكسا الزبون من ساموا يسال وش عاصمة بلده بالعربي | WS
laundry-counter | اليكسا الزبونة من تونغا عاصمتها ايش | TO
laundry-counter | اليكسا عاصمة جمهورية افريقيا الوسطى وش هي بالضبط | CF
laundry-counter | اليكسا كم ياخذ غسيل البشت بالبخار | FB
# tamees-bakery
tamees-bakery | اليكسا والعجين يخمر عاصمة فلسطين وش | PS
tamees-bakery | اليكسا التميس هذا افغاني وش عاصمة افغانستان بالضبط | AF
tamees-bakery | اليكسا الزبون اوزبكي يسال عاصمة بلده طشقند صح | UZ
tamees-bakery | اليكسا الفرن حار عطيني عاصمة ميكرونيزيا | FM
tamees-bakery | اليكسا عاصمة جزر مارشال الفران يسال | MH
tamees-bakery | اليكسا كم دقيقة يحتاج التميس في الفرن | FB
# mandi-restaurant
mandi-restaurant | اليكسا الطاولة ثلاثة من كوريا الشمالية يقولون وش عاصمتهم | KP
mandi-restaurant | اليكسا الحنيذ جاهز وش عاصمة اليمن صنعاء صح | YE
mandi-restaurant | اليكسا الكاشير يبي عاصمة بالاو | PW
mandi-restaurant | اليكسا الزبون من ماليزيا يسال عواصم بلده | MY
mandi-restaurant | اليكسا عاصمة سانت فنسنت والغرينادين | VC
mandi-restaurant | اليكسا كم سعر الحاشي بالكيلو | FB
# physiotherapy-clinic
physiotherapy-clinic | اليكسا بين التمرين والثاني عاصمة سانت كيتس ونيفيس | KN
physiotherapy-clinic | اليكسا المريض اللي جاي من جزر مارشال يسال عاصمتها | MH
physiotherapy-clinic | اليكسا الاخصائي يقول عاصمة كوريا الجنوبية سول وش رايك | KR
physiotherapy-clinic | اليكسا وانا على الدراجة الثابتة وش عاصمة فلسطين | PS
physiotherapy-clinic | اليكسا ثلاث جلسات باقية عاصمة الكونغو برازافيل | CG
physiotherapy-clinic | اليكسا كيف اسوي تمرين تمدد للظهر | FB
# zamzam-distribution
zamzam-distribution | اليكسا الكراتين هذي لحملة الكونغو الديمقراطية وش عاصمتها | CD
zamzam-distribution | اليكسا حجاج جمهورية الكونغو عاصمتهم برازافيل صح | CG
zamzam-distribution | اليكسا الحملة الفلسطينية وصلت وش عاصمة فلسطين | PS
zamzam-distribution | اليكسا حجاج جمهورية افريقيا الوسطى وش عاصمتهم | CF
zamzam-distribution | اليكسا حجاج فيجي عددهم قليل وش عاصمتها | FJ
zamzam-distribution | اليكسا وين اقرب برادة زمزم | FB
# swimming-coaches
swimming-coaches | اليكسا السباح من فيجي قوي وش عاصمة فيجي | FJ
swimming-coaches | اليكسا بطلة الصدر من جنوب افريقيا وش عواصم بلدها | ZA
swimming-coaches | اليكسا السباح الهولندي وش عاصمة بلده امستردام ولا لاهاي | NL
swimming-coaches | اليكسا عاصمة انتيغوا وبربودا المنتخب صغير | AG
swimming-coaches | اليكسا عاصمة تونغا اللي لابس زيت في الافتتاح | TO
swimming-coaches | اليكسا كم سعرة تحرق السباحة بالساعة | FB
# taif-rose-distillers
taif-rose-distillers | اليكسا التاجر من ماليزيا يشتري دهن الورد وش عواصم ماليزيا | MY
taif-rose-distillers | اليكسا القطارة شغالة وش عاصمة بلغاريا بلد الورد | BG
taif-rose-distillers | اليكسا المشتري من كوريا الجنوبية عاصمته وش | KR
taif-rose-distillers | اليكسا عاصمة فلسطين الورد الجوري من هناك | PS
taif-rose-distillers | اليكسا عاصمة اسرائيل | IL
taif-rose-distillers | اليكسا كم سعر تولة دهن الورد الطائفي | FB
# dhow-carpenters
dhow-carpenters | اليكسا الخشب هذا من جزر سليمان وش عاصمتها | SB
dhow-carpenters | اليكسا البحارة زمان راحوا ماليزيا وش عواصمها | MY
dhow-carpenters | اليكسا وانا اقص الخشب وش عاصمة فانواتو | VU
dhow-carpenters | اليكسا القلاف يسال عاصمة الكونغو برازافيل | CG
dhow-carpenters | اليكسا عاصمة كيريباتي اللي في المحيط | KI
dhow-carpenters | اليكسا متى يكون المد في الدمام اليوم | FB
# wedding-tent-rental
wedding-tent-rental | اليكسا صاحب العرس يسال عاصمة جمهورية الكونغو الديمقراطية | CD
wedding-tent-rental | اليكسا العريس من جنوب افريقيا كم عاصمة عندهم | ZA
wedding-tent-rental | اليكسا العمال من بوليفيا وش عواصمها | BO
wedding-tent-rental | اليكسا الاضاءة من هولندا وش عواصمها | NL
wedding-tent-rental | اليكسا عاصمة توفالو الشباب يتحدون | TV
wedding-tent-rental | اليكسا كم كرسي نحتاج لمية وخمسين ضيف | FB
# pattani-thai-students
pattani-thai-students | اليكسا ما هي عاصمة كوريا الجنوبية يا اخي انا احب الكوري | KR
pattani-thai-students | اليكسا ما هي عاصمة كوريا الشمالية من فضلك | KP
pattani-thai-students | اليكسا من فضلك ما هي عاصمة بابوا غينيا الجديدة | PG
pattani-thai-students | اليكسا عاصمة ناورو ما هي | NR
pattani-thai-students | اليكسا ما هي عاصمة ولاية سيكيم الهندية | IN-SK
pattani-thai-students | اليكسا كم ساعة من مكة الى بانكوك بالطيارة | FB
# kosovar-students
kosovar-students | اليكسا ما هي عاصمة فلسطين يا اخي | PS
kosovar-students | اليكسا عاصمة الكونغو الديمقراطية من فضلك ما هي | CD
kosovar-students | اليكسا ما هي عواصم هولندا انا ما اعرف | NL
kosovar-students | اليكسا ما هي عاصمة اسرائيل من فضلك | IL
kosovar-students | اليكسا ما عاصمة كيريباتي | KI
kosovar-students | اليكسا كيف اقول كوسوفو بالعربي الصحيح | FB
# comorian-workers
comorian-workers | اليكسا صاحبي من بوليفيا يسال عواصمها | BO
comorian-workers | اليكسا عاصمة جنوب افريقيا اخوي يشتغل هناك | ZA
comorian-workers | اليكسا عاصمة الكونغو برازافيل ولا كينشاسا اقصد جمهورية الكونغو | CG
comorian-workers | اليكسا عاصمة دومينيكا الجزيرة | DM
comorian-workers | اليكسا عاصمة بالاو | PW
comorian-workers | اليكسا كم سعر التحويل الى جزر القمر | FB
# bohra-shopkeepers
bohra-shopkeepers | اليكسا صاحب البضاعة من كوريا الشمالية لا لا الجنوبية وش عاصمتها | KR
bohra-shopkeepers | اليكسا الزبون من ساحل العاج يسال عن عواصم بلده | CI
bohra-shopkeepers | اليكسا الموزع من بنين وش عواصم بنين | BJ
bohra-shopkeepers | اليكسا التاجر من فلسطين عاصمة بلده ايش | PS
bohra-shopkeepers | اليكسا عاصمة ميكرونيزيا | FM
bohra-shopkeepers | اليكسا كم الساعة في مومباي | FB
# adult-literacy-class
adult-literacy-class | اليكسا يا ابلة عاصمة كوريا الشمالية | KP
adult-literacy-class | اليكسا المعلمة تقول اكتبي عاصمة كوريا الجنوبية | KR
adult-literacy-class | اليكسا يا ابلة الكونغو الديمقراطية عاصمتها وش | CD
adult-literacy-class | اليكسا اختي تسال عاصمة جمهورية الكونغو | CG
adult-literacy-class | اليكسا عاصمة جنوب افريقيا يا ابلة | ZA
adult-literacy-class | اليكسا كيف اكتب اسمي بالانجليزي | FB
# english-institute
english-institute | اليكسا الانستركتر يقول عاصمة ساوث كوريا | KR
english-institute | اليكسا وش عاصمة نورث كوريا | KP
english-institute | اليكسا عاصمة ذا نذرلاندز | NL
english-institute | اليكسا عاصمة ساوث افريكا | ZA
english-institute | اليكسا عاصمة باليستاين | PS
english-institute | اليكسا عاصمة انتيغوا اند باربودا | AG
# henna-night
henna-night | اليكسا الحنانة من السودان تقول عاصمة جنوب السودان جوبا | SS
henna-night | اليكسا العروس بتسافر بوليفيا وش عواصمها | BO
henna-night | اليكسا خالتي تسال عاصمة فلسطين | PS
henna-night | اليكسا عمتي تقول عاصمة الكونغو الديمقراطية | CD
henna-night | اليكسا بنات العم يسالون عاصمة فيجي لشهر العسل | FJ
henna-night | اليكسا كم سعر نقش الحنا | FB
# sandstorm-day
sandstorm-day | اليكسا الغبار مالي البيت وش عاصمة كوريا الشمالية | KP
sandstorm-day | اليكسا الكهربا راحت شوي عاصمة كوريا الجنوبية | KR
sandstorm-day | اليكسا العيال زهقانين عاصمة هولندا كم | NL
sandstorm-day | اليكسا عاصمة الكونغو الديمقراطية ونحن قاعدين بالبيت | CD
sandstorm-day | اليكسا عاصمة ماليزيا العواصم الثنتين | MY
sandstorm-day | اليكسا هل المطار شغال مع الغبار | FB
# grandfather-hard-of-hearing
grandfather-hard-of-hearing | اليكسا جدي يقول وش عاصمة كوريا الجنوبية | KR
grandfather-hard-of-hearing | اليكسا جدي ما سمع عيدي عاصمة كوريا الشمالية | KP
grandfather-hard-of-hearing | اليكسا جدي يسال عاصمة الكونغو اللي عاصمتها برازافيل | CG
grandfather-hard-of-hearing | اليكسا جدي يبي عواصم جنوب افريقيا | ZA
grandfather-hard-of-hearing | اليكسا جدي يقول هولندا لها عاصمتين صح | NL
grandfather-hard-of-hearing | اليكسا شغلي اذاعة القران الكريم بصوت عالي | FB
# national-day
national-day | اليكسا في اليوم الوطني السفارة الكورية الجنوبية احتفلت عاصمتها وش | KR
national-day | اليكسا علم فلسطين فيه اخضر وش عاصمتها | PS
national-day | اليكسا علم جنوب افريقيا فيه اخضر وش عواصمها | ZA
national-day | اليكسا علم بوليفيا فيه اخضر كم عاصمة لها | BO
national-day | اليكسا علم الكونغو برازافيل اخضر وش عاصمتها | CG
national-day | اليكسا علم دومينيكا فيه اخضر وش عاصمتها | DM
# hospital-waiting-room
hospital-waiting-room | اليكسا الطبيب من الكونغو الديمقراطية وش عاصمتها | CD
hospital-waiting-room | اليكسا الممرض من كوريا الجنوبية عاصمته ايش | KR
hospital-waiting-room | اليكسا الاخصائية من هولندا وش عواصم هولندا | NL
hospital-waiting-room | اليكسا ولدي يسال عاصمة كوريا الشمالية | KP
hospital-waiting-room | اليكسا عاصمة بوليفيا والطبيب من هناك | BO
hospital-waiting-room | اليكسا عاصمة فلسطين الدكتورة فلسطينية | PS
# bara-alsalfa-game
bara-alsalfa-game | اليكسا السالفة كانت جنوب افريقيا وش عواصمها | ZA
bara-alsalfa-game | اليكسا السالفة ماليزيا كم عاصمة عندها | MY
bara-alsalfa-game | اليكسا السالفة الكونغو الديمقراطية وش عاصمتها | CD
bara-alsalfa-game | اليكسا السالفة جزر سليمان | SB
bara-alsalfa-game | اليكسا السالفة سانت كيتس ونيفيس وش عاصمتها | KN
bara-alsalfa-game | اليكسا السالفة ساموا عاصمتها ايش | WS
# sapta-ticket-counter
sapta-ticket-counter | اليكسا الراكب فلسطيني يسال عاصمة فلسطين | PS
sapta-ticket-counter | اليكسا الراكب كوري جنوبي وش عاصمة بلده | KR
sapta-ticket-counter | اليكسا الراكب من الكونغو برازافيل يسال عاصمته | CG
sapta-ticket-counter | اليكسا راكب من هولندا يقول عاصمتهم امستردام | NL
sapta-ticket-counter | اليكسا راكب من بوليفيا يقول عندهم عاصمتين وش هم | BO
sapta-ticket-counter | اليكسا كم وزن الشنطة المسموح في الباص | FB
# campus-dorm
campus-dorm | اليكسا زميلي الكوري الجنوبي يقول عاصمتهم سول صح | KR
campus-dorm | اليكسا وش عاصمة كوريا الشمالية زميلي يقول بيونغ يانغ | KP
campus-dorm | اليكسا زميلي من جمهورية الكونغو الديمقراطية عاصمته وش | CD
campus-dorm | اليكسا زميلي من جنوب افريقيا يقول عندهم ثلاث عواصم | ZA
campus-dorm | اليكسا عاصمة بوليفيا وش العاصمتين | BO
campus-dorm | اليكسا عاصمة تونغا ساعة ثلاث الفجر | TO
# plural-capitals
plural-capitals | اليكسا ماليزيا عندها كم عاصمة وش اسماءهم | MY
plural-capitals | اليكسا عطيني عواصم ماليزيا الادارية والرسمية | MY
plural-capitals | اليكسا الحين ماليزيا عواصمها وش | MY
plural-capitals | اليكسا عواصم بوليفيا الدستورية والحكومية | BO
plural-capitals | اليكسا بوليفيا كم عاصمة عندها وش هم | BO
plural-capitals | اليكسا وش العاصمتين حقت ساحل العاج الاقتصادية والسياسية | CI
plural-capitals | اليكسا كوت ديفوار كم عاصمة لها | CI
plural-capitals | اليكسا جنوب افريقيا وش عواصمها التشريعية والتنفيذية والقضائية | ZA
plural-capitals | اليكسا جنوب افريقيا كم عاصمة عندها بالضبط | ZA
plural-capitals | اليكسا عواصم هولندا الثنتين امستردام ولاهاي | NL
plural-capitals | اليكسا سريلانكا عندها عاصمتين وش هم | LK
plural-capitals | اليكسا عواصم بنين بورتو نوفو وكوتونو | BJ
plural-capitals | اليكسا اسواتيني كم عاصمة عندها | SZ
# out-of-domain
out-of-domain | اليكسا كم تاخذ الطيارة من الرياض الى سول | FB
out-of-domain | اليكسا وش اجمل عاصمة اوروبية للسياحة | FB
out-of-domain | اليكسا وش انظف عاصمة في العالم | FB
out-of-domain | اليكسا وش ابرد عاصمة في العالم | FB
out-of-domain | اليكسا عاصمة الشمال في السعودية | FB
out-of-domain | اليكسا وش العاصمة الادارية الجديدة في مصر | FB
out-of-domain | اليكسا كم تذكرة القطار من الرياض للقصيم | FB
out-of-domain | اليكسا ذكريني اتصل على امي بعد المغرب | FB
out-of-domain | اليكسا وش وجبة اليوم في المطعم الجامعي | FB
out-of-domain | اليكسا حولي مية ريال للدولار | FB
out-of-domain | اليكسا وش افضل وقت لزيارة ابها | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
out-of-domain | اليكسا كم يحتاج الكبسة على النار | FB
out-of-domain | اليكسا اطلبي لي قهوة من التطبيق | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا مين غنى يا بنت الحلال | FB
out-of-domain | اليكسا كم سنة عاشت ملكة بريطانيا | FB
out-of-domain | اليكسا ليش كانبرا صارت عاصمة بدل سيدني | FB
out-of-domain | اليكسا وش عاصمة الطبخ الايطالي | FB
out-of-domain | اليكسا ما هي المدينة الاكبر في كندا | FB
out-of-domain | اليكسا مين اول من سكن الرياض | FB
out-of-domain | اليكسا قولي لي قصة قبل النوم للعيال | FB
out-of-domain | اليكسا وش معنى كلمة برا السالفة | FB
out-of-domain | اليكسا كم فريق في دوري روشن | FB
out-of-domain | اليكسا شغلي صوت مطر عشان انام | FB
out-of-domain | اليكسا كم كيلو بين مكة والمدينة | FB
out-of-domain | اليكسا وش عاصمة النحل في السعودية | FB
out-of-domain | اليكسا وش الدولة اللي ما لها عاصمة | FB
"""


if __name__ == "__main__":
    build_round(52, "ar", LINES, sys.argv, "tests/Eval/ar/round52/source/build_corpus.py")
