"""Round 50, Arabic (ar-SA): a new author's own mix, written blind in the sixtieth session (brief WRITER67.md), for
this session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi Arabia, transcribed as
ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 49's (Yanbu port stevedores and crane operators, Bisha palm farmers, Umluj and al-Wajh
coral divers, Sanaiya car mechanics, oud and perfume sellers, bank tellers, dental-clinic receptionists, Hajj scout
volunteers, Border Guard coast patrols, camel race owners, Riyadh Season event staff, public librarians, Somali
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
- regions and work: Sudair truffle hunters in the spring desert (`الفقع`، `الزبيدي`، `الخبرة`، `يا ولد`), Unaizah
  date-auction callers (`على من`، `السوم`، `بيعت`), Farasan ferry passengers (`العبارة`، `البحر مروش`), Saudi Post
  counter clerks (`الطرد`، `سبل`، `العنوان الوطني`), Riyadh Metro passengers (`المحطة الجاية`، `الخط الازرق`), gym
  trainers (`يا كابتن`، `سيت`، `ريست`), hospital lab technicians (`العينة`، `النتيجة طلعت`), Umrah hotel receptionists
  in Makkah (`النزيل`، `الحجز`، `حياك`), saluki breeders (`السلوقي`، `المقناص`), stable grooms at an equestrian club
  (`الفرس`، `الاسطبل`، `الخيال`), padel players in Khobar (`يا شريك`، `الكورت`), Snapchat influencers (`يا جماعة`،
  `السنابة`، `المتابعين`), a night-shift petrol attendant (`فل`، `الكاشير`), abaya-shop saleswomen (`يا عمري`،
  `المقاس`), retired teachers on a park walking track (`الممشى`، `الله يحييك`),
- migrants and learners: Korean expat engineers (`انا لا فاهم`، `ممكن`، `شكرا`), Mauritanian students in Madinah
  (`شنهو`، `ماني عارف`، `اعلاش`), Hausa traders settled in Makkah (`اخي`، `شيء`، `ما في معلوم`), Bosnian students at
  the Islamic University (`بارك الله فيك`، `ما شاء الله`),
- school: kindergarten teachers (`يا حلوين`، `الحصة`), a girls' class quiz on the smart board (`الكاهوت`، `يا بنات`),
- home: moving house (`الكراتين`، `العفش`), a rainy night (`الله يسقينا`، `السيل`), a power cut (`الكهرب طافي`،
  `الشمعة`), a wife waiting for her husband's flight (`ترانزيت`، `وصل ولا لا`),
- games: Jakaro (`جاكارو`، `الشايب`، `اكلتك`), Uno with cousins (`اونو`، `اسحب اربع`).
Situations: work (a truffle trip, a date auction, a ferry, a post counter, a metro car, a gym, a lab, a hotel desk, a
hunting trip, a stable, a padel court, a phone camera, a petrol station, a shop), school (kindergarten, a class quiz),
home (moving, rain, a power cut, an airport wait) and games (Jakaro, Uno).
Built by round12_hinl_corpus.py (build_round with round 50's number).
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
# Sudair truffle hunters in the spring desert (`الفقع`، `الزبيدي`، `الخبرة`، `يا ولد`)
sudair-truffle | اليكسا حنا في الخبرة ندور فقع وش عاصمة {} | الكويت=KW; العراق=IQ; سوريا=SY
sudair-truffle | اليكسا الزبيدي هذا جاي من {} قولي عاصمتها | الجزائر=DZ; تونس=TN; ليبيا=LY
sudair-truffle | اليكسا يا ولد وقف السيارة وش عاصمة {} | المغرب=MA; موريتانيا=MR; الاردن=JO
sudair-truffle | اليكسا الفقع يجينا من {} عاصمتها وشي | ايران=IR; تركيا=TR; افغانستان=AF
sudair-truffle | اليكسا قبل لا نطلع البر عاصمة {} وش اسمها | اذربيجان=AZ; ارمينيا=AM; جورجيا الدولة=GE
sudair-truffle | اليكسا الربيع هالسنة زين بس وش عاصمة {} | لبنان=LB; قبرص=CY; اليمن=YE
sudair-truffle | اليكسا كم كيلو الفقع اليوم | FB

# Unaizah date-auction callers at the morning haraj (`على من`، `السوم`، `الحراج`، `بيعت`)
unaizah-auction | اليكسا على من السوم بس قبل وش عاصمة {} | السودان=SD; اثيوبيا=ET; ارتيريا=ER
unaizah-auction | اليكسا التاجر من {} يبي السكري وش عاصمة بلده | اندونيسيا=ID; بروناي=BN; سنغافورة=SG
unaizah-auction | اليكسا بيعت الكرتونة قولي عاصمة {} | بنغلاديش=BD; نيبال=NP; بوتان=BT
unaizah-auction | اليكسا السكري يتصدر لين {} وش عاصمتها | الهند=IN; المالديف=MV; باكستان=PK
unaizah-auction | اليكسا الحراج زحمة ابي اعرف عاصمة {} | قطر=QA; البحرين=BH; عمان=OM
unaizah-auction | اليكسا المشتري يقول عاصمة {} الرياض صح | كازاخستان=KZ; قيرغيزستان=KG; طاجيكستان=TJ
unaizah-auction | اليكسا كم سعر كيلو السكري اليوم | FB

# Farasan ferry passengers crossing from Jazan (`العبارة`، `البحر مروش`، `الجزيرة`)
farasan-ferry | اليكسا العبارة تاخرت قولي عاصمة {} | ارتيريا=ER; جيبوتي=DJ; الصومال=SO
farasan-ferry | اليكسا البحر مروش اليوم وش عاصمة {} | كينيا=KE; تنزانيا=TZ; موزمبيق=MZ
farasan-ferry | اليكسا حنا على العبارة وش عاصمة {} | مدغشقر=MG; موريشيوس=MU; سيشل=SC
farasan-ferry | اليكسا في الجزيرة ما فيه نت زين عاصمة {} ايش | جزر القمر=KM; الراس الاخضر=CV; ساو تومي وبرينسيب=ST
farasan-ferry | اليكسا متى اخر عبارة لفرسان | FB

# Saudi Post counter clerks sending parcels abroad (`الطرد`، `سبل`، `العنوان الوطني`، `تفضل`)
post-counter | اليكسا الطرد رايح {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; تشيلي=CL
post-counter | اليكسا العميل يبي يرسل على {} ابي العاصمة | البيرو=PE; كولومبيا=CO; الاكوادور=EC
post-counter | اليكسا تفضل قولي عاصمة {} عشان البوليصة | فنزويلا=VE; الاوروغواي=UY; الباراغواي=PY
post-counter | اليكسا العنوان مكتوب فيه {} وش عاصمتها | غيانا=GY; سورينام=SR; بوليفيا=BO
post-counter | اليكسا سبل يسال وش عاصمة {} | كندا=CA; المكسيك=MX; امريكا=US
post-counter | اليكسا الشحنة واقفة في {} عاصمتها وين | بلجيكا=BE; لوكسمبورغ=LU; سويسرا=CH
post-counter | اليكسا تتبع الشحنة رقمها عندي | FB

# Riyadh Metro passengers on the blue line (`المحطة الجاية`، `الخط الازرق`، `المترو`)
riyadh-metro | اليكسا المحطة الجاية قريبة قولي عاصمة {} بسرعة | اليابان=JP; الصين=CN; منغوليا=MN
riyadh-metro | اليكسا انا في المترو وش عاصمة {} | كوريا الجنوبية=KR; تايوان=TW; الفلبين=PH
riyadh-metro | اليكسا الخط الازرق زحمة وش عاصمة {} | فيتنام=VN; لاوس=LA; كمبوديا=KH
riyadh-metro | اليكسا مترو {} اقدم من حقنا وش عاصمتها | بريطانيا=GB; فرنسا=FR; روسيا=RU
riyadh-metro | اليكسا متى يوصل المترو محطة قصر الحكم | FB

# Gym trainers and members between sets (`يا كابتن`، `سيت`، `الكارديو`، `ريست`)
gym-trainers | اليكسا يا كابتن ريست دقيقة وش عاصمة {} | النرويج=NO; السويد=SE; فنلندا=FI
gym-trainers | اليكسا سيت ثاني وقولي عاصمة {} | الدنمارك=DK; ايسلندا=IS; استونيا=EE
gym-trainers | اليكسا على الكارديو سؤال عاصمة {} وش هي | لاتفيا=LV; ليتوانيا=LT; بولندا=PL
gym-trainers | اليكسا الكابتن يقول ابطال {} اقوياء وش عاصمتها | جورجيا=GE; بلغاريا=BG; رومانيا=RO
gym-trainers | اليكسا شغلي مؤقت دقيقة | FB

# Hospital lab technicians waiting for samples (`العينة`، `التحليل`، `النتيجة طلعت`)
lab-techs | اليكسا العينة في الجهاز وش عاصمة {} | النمسا=AT; المجر=HU; التشيك=CZ
lab-techs | اليكسا التحليل ياخذ ربع ساعة عاصمة {} وش | سلوفاكيا=SK; سلوفينيا=SI; كرواتيا=HR
lab-techs | اليكسا الجهاز صنع في {} وش عاصمتها | المانيا=DE; اليابان=JP; ايرلندا=IE
lab-techs | اليكسا النتيجة طلعت طيب عاصمة {} وش | البوسنة=BA; صربيا=RS; مقدونيا الشمالية=MK
lab-techs | اليكسا وش معدل الهيموقلوبين الطبيعي | FB

# Umrah hotel receptionists in Makkah (`النزيل`، `الحجز`، `الغرفة`، `حياك`)
makkah-hotel | اليكسا النزيل من {} يسال عن عاصمة بلده | ماليزيا=MY; تايلاند=TH; ميانمار=MM
makkah-hotel | اليكسا الحجز باسم واحد من {} وش عاصمتها | نيجيريا=NG; النيجر=NE; الكاميرون=CM
makkah-hotel | اليكسا حياك يا حاج عاصمة {} وش هي | السنغال=SN; غامبيا=GM; غينيا=GN
makkah-hotel | اليكسا الوفد جاي من {} ابي اعرف عاصمتها | اوزبكستان=UZ; تركمانستان=TM; البوسنة والهرسك=BA
makkah-hotel | اليكسا الغرفة فيها ضيوف من {} عاصمتهم وش | مالي=ML; بوركينا فاسو=BF; ساحل العاج=CI
makkah-hotel | اليكسا كم الساعة في جاكرتا الحين | FB

# Saluki breeders talking about hunting trips (`السلوقي`، `المقناص`، `الطلعة`)
saluki-breeders | اليكسا السلوقي هذا اصله من {} وش عاصمتها | العراق=IQ; سوريا=SY; ايران=IR
saluki-breeders | اليكسا المقناص السنة الجاية في {} وش عاصمتها | تنزانيا=TZ; باكستان=PK; المغرب=MA
saluki-breeders | اليكسا قبل الطلعة قولي عاصمة {} | كازاخستان=KZ; منغوليا=MN; تركمانستان=TM
saluki-breeders | اليكسا كم عمر السلوقي اذا صار يصيد | FB

# Stable grooms at an equestrian club (`الفرس`، `الاسطبل`، `الخيال`، `الشوط`)
stable-grooms | اليكسا الفرس مستورد من {} وش عاصمتها | ايرلندا=IE; بريطانيا=GB; فرنسا=FR
stable-grooms | اليكسا الخيال اللي فاز من {} وش عاصمة بلده | استراليا=AU; نيوزيلندا=NZ; جنوب افريقيا=ZA
stable-grooms | اليكسا في الاسطبل نسولف عاصمة {} وش | الارجنتين=AR; الاوروغواي=UY; الولايات المتحدة=US
stable-grooms | اليكسا الفرس العربية اصيلة ولا لا | FB

# Padel players at a Khobar court (`يا شريك`، `البادل`، `السيت`، `الكورت`)
padel-players | اليكسا يا شريك قبل السيت وش عاصمة {} | اسبانيا=ES; البرتغال=PT; ايطاليا=IT
padel-players | اليكسا المضرب من {} وش عاصمتها | هولندا=NL; بلجيكا=BE; السويد=SE
padel-players | اليكسا في الكورت نتراهن عاصمة {} وش | الارجنتين=AR; البرازيل=BR; تشيلي=CL
padel-players | اليكسا احجز ملعب بادل الساعة تسعة | FB

# Snapchat influencers filming a quiz (`يا جماعة`، `السنابة`، `المتابعين`، `لايك`)
snap-influencers | اليكسا يا جماعة سؤال اليوم عاصمة {} | بوتسوانا=BW; ناميبيا=NA; زامبيا=ZM
snap-influencers | اليكسا المتابعين يقولون عاصمة {} وش | زيمبابوي=ZW; ملاوي=MW; ليسوتو=LS
snap-influencers | اليكسا قبل لا انزل السنابة وش عاصمة {} | رواندا=RW; بوروندي=BI; اوغندا=UG
snap-influencers | اليكسا المتابع يسال عن {} عاصمتها وش | انغولا=AO; الغابون=GA; غينيا الاستوائية=GQ
snap-influencers | اليكسا كم متابع عند اكبر حساب سناب | FB

# Kindergarten teachers in class (`يا حلوين`، `الحصة`، `الروضة`)
kindergarten | اليكسا يا حلوين اسمعوا عاصمة {} وش هي | السعودية=SA; مصر=EG; الكويت=KW
kindergarten | اليكسا الحصة عن البلدان عاصمة {} | الامارات=AE; فلسطين=PS; الاردن=JO
kindergarten | اليكسا الطفلة تسال عاصمة {} وش اسمها | اليابان=JP; الصين=CN; الهند=IN
kindergarten | اليكسا علمينا عاصمة {} لاطفال الروضة | ايطاليا=IT; البرازيل=BR; كندا=CA
kindergarten | اليكسا غني لنا اغنية الحروف | FB

# Retired teachers on the morning walk at a park track (`الممشى`، `يا ابو`، `الله يحييك`)
retired-walkers | اليكسا يا ابو محمد تذكر عاصمة {} | تشاد=TD; افريقيا الوسطى=CF; جنوب السودان=SS
retired-walkers | اليكسا في الممشى نسال عاصمة {} | النيجر=NE; بنين=BJ; توغو=TG
retired-walkers | اليكسا الله يحييك قولي عاصمة {} | غانا=GH; ليبيريا=LR; سيراليون=SL
retired-walkers | اليكسا كنت ادرس ان عاصمة {} غير وش هي الحين | ساحل العاج=CI; نيجيريا=NG; تنزانيا=TZ
retired-walkers | اليكسا كم خطوة مشيت اليوم | FB
# Korean expat engineers learning Arabic at a Riyadh site (`انا لا فاهم`، `ممكن`، `شكرا`)
korean-engineers | اليكسا ممكن عاصمة {} شكرا | كوريا الجنوبية=KR; اليابان=JP; الفلبين=PH
korean-engineers | اليكسا انا لا فاهم عاصمة {} ايش | كوريا الشمالية=KP; روسيا=RU; الصين=CN
korean-engineers | اليكسا انا مهندس من {} عاصمة هذا ايش | كوريا الجنوبية=KR; فيتنام=VN; اندونيسيا=ID
korean-engineers | اليكسا شركة في {} عاصمة ممكن | سنغافورة=SG; استراليا=AU; تايلاند=TH
korean-engineers | اليكسا كوريا الشمالية عاصمة ايش ممكن | KP
korean-engineers | اليكسا كوريا الجنوبية عاصمة سيول صح | KR

# Mauritanian students in Madinah (`شنهو`، `ذاك`، `ماني عارف`، `اعلاش`)
mauritanian-students | اليكسا شنهو عاصمة {} | موريتانيا=MR; مالي=ML; السنغال=SN
mauritanian-students | اليكسا ماني عارف عاصمة {} ذاك | غينيا بيساو=GW; غامبيا=GM; الراس الاخضر=CV
mauritanian-students | اليكسا عاصمة {} شنهي يا الخو | المغرب=MA; الجزائر=DZ; تونس=TN
mauritanian-students | اليكسا الشيخ يقول عاصمة {} اعلاش ما نعرفها | ليبيا=LY; مصر=EG; السودان=SD
mauritanian-students | اليكسا عاصمة الصحراء الغربية شنهو | EH

# Hausa traders who settled in Makkah (`اخي`، `شيء`، `انا ما في معلوم`)
hausa-traders | اليكسا اخي عاصمة {} شيء ايش | نيجيريا=NG; النيجر=NE; الكاميرون=CM
hausa-traders | اليكسا انا ما في معلوم عاصمة {} | غانا=GH; بنين=BJ; توغو=TG
hausa-traders | اليكسا زبون من {} يسال عاصمة هو | تشاد=TD; السودان=SD; بوركينا فاسو=BF
hausa-traders | اليكسا عاصمة نيجيريا قديم لاغوس الحين ايش | NG

# Bosnian students at the Islamic University (`يا اخي`، `بارك الله فيك`، `ما شاء الله`)
bosnian-students | اليكسا بارك الله فيك عاصمة {} | البوسنة والهرسك=BA; الجبل الاسود=ME; كوسوفو=XK
bosnian-students | اليكسا يا اخي ما عاصمة {} | البانيا=AL; مقدونيا الشمالية=MK; سلوفينيا=SI
bosnian-students | اليكسا زميلي من {} ما عاصمة بلده | صربيا=RS; كرواتيا=HR; بلغاريا=BG
bosnian-students | اليكسا ما شاء الله عاصمة {} ما هي | المجر=HU; رومانيا=RO; مولدوفا=MD

# Moving house, packing the boxes (`الكراتين`، `العفش`، `الشقة الجديدة`)
moving-house | اليكسا بين الكراتين سؤال عاصمة {} | اوكرانيا=UA; بيلاروسيا=BY; مولدوفا=MD
moving-house | اليكسا العفش جاي بكرة وش عاصمة {} | اليونان=GR; مالطا=MT; قبرص=CY
moving-house | اليكسا في الشقة الجديدة اول سؤال عاصمة {} | النمسا=AT; سويسرا=CH; ليختنشتاين=LI
moving-house | اليكسا ذكريني اتصل على شركة النقل | FB

# A rainy night at home (`المطر`، `السيل`، `الله يسقينا`)
rainy-night | اليكسا المطر برا وش عاصمة {} | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
rainy-night | اليكسا الله يسقينا قولي عاصمة {} | بنغلاديش=BD; سريلانكا=LK; ميانمار=MM
rainy-night | اليكسا السيل جرى بالوادي وش عاصمة {} | بابوا غينيا الجديدة=PG; فيجي=FJ; ساموا=WS
rainy-night | اليكسا هل بتمطر الليلة في الرياض | FB

# A power cut evening with the Echo on a battery (`الكهرب طافي`، `الشمعة`، `الجوال`)
power-cut | اليكسا الكهرب طافي نلعب سؤال عاصمة {} | نيكاراغوا=NI; هندوراس=HN; غواتيمالا=GT
power-cut | اليكسا على الشمعة قولي عاصمة {} | السلفادور=SV; كوستاريكا=CR; بنما=PA
power-cut | اليكسا الجوال خلص شحنه وش عاصمة {} | كوبا=CU; هايتي=HT; الدومينيكان=DO
power-cut | اليكسا متى ترجع الكهرباء | FB

# A wife waiting for her husband's flight home (`الرحلة`، `وصل ولا لا`، `ترانزيت`)
waiting-flight | اليكسا زوجي ترانزيت في {} وش عاصمتها | قطر=QA; تركيا=TR; الامارات=AE
waiting-flight | اليكسا الرحلة جاية من {} قولي عاصمتها | ماليزيا=MY; اندونيسيا=ID; المالديف=MV
waiting-flight | اليكسا زوجي راجع من {} عاصمتها وش | المانيا=DE; هولندا=NL; النمسا=AT
waiting-flight | اليكسا الطيارة وصلت ولا لا | FB

# Jakaro board game night (`جاكارو`، `الشايب`، `اكلتك`، `دورك`)
jakaro-night | اليكسا جاكارو واقفة وش عاصمة {} | سورينام=SR; غيانا=GY; بليز=BZ
jakaro-night | اليكسا دورك يا اليكسا عاصمة {} | جامايكا=JM; باربادوس=BB; غرينادا=GD
jakaro-night | اليكسا الشايب معي وش عاصمة {} | سانت لوسيا=LC; دومينيكا=DM; انتيغوا وباربودا=AG
jakaro-night | اليكسا اكلتك يا خالد بس عاصمة {} وش | سانت كيتس ونيفيس=KN; سانت فنسنت والغرينادين=VC; ترينيداد وتوباغو=TT
jakaro-night | اليكسا مين يبدا في جاكارو | FB

# Uno with cousins (`اونو`، `الدور عليك`، `اسحب اربع`)
uno-cousins | اليكسا اونو الدور عليك عاصمة {} | توفالو=TV; ناورو=NR; كيريباتي=KI
uno-cousins | اليكسا اسحب اربع اذا ما عرفت عاصمة {} | بالاو=PW; ميكرونيزيا=FM; جزر مارشال=MH
uno-cousins | اليكسا عاصمة {} بسرعة قبل اونو | فانواتو=VU; جزر سليمان=SB; تونغا=TO
uno-cousins | اليكسا مين فاز الجولة | FB

# A class quiz on the smart board (`الكاهوت`، `يا بنات`، `السؤال الجاي`)
class-quiz | اليكسا يا بنات السؤال الجاي عاصمة {} | تيمور الشرقية=TL; بروناي=BN; الفلبين=PH
class-quiz | اليكسا الكاهوت يسال عاصمة {} وش | نيوزيلندا=NZ; فيجي=FJ; بابوا غينيا الجديدة=PG
class-quiz | اليكسا المعلمة تبي عاصمة {} | اسواتيني=SZ; ليسوتو=LS; موزمبيق=MZ
class-quiz | اليكسا ساعدينا في السؤال الجاي عاصمة {} | الصومال=SO; جيبوتي=DJ; كينيا=KE
class-quiz | اليكسا كم عدد قارات العالم | FB

# A night-shift petrol station attendant (`فل`، `الكاشير`، `بنزين`)
petrol-night | اليكسا فل خمسة وتسعين وقولي عاصمة {} | الكويت=KW; العراق=IQ; الاردن=JO
petrol-night | اليكسا الكاشير فاضي وش عاصمة {} | نيبال=NP; بوتان=BT; سريلانكا=LK
petrol-night | اليكسا الزبون من {} يسال عاصمة بلده | اليمن=YE; عمان=OM; الصومال=SO
petrol-night | اليكسا كم سعر لتر البنزين | FB

# Abaya shop saleswomen in a mall (`العباية`، `المقاس`، `يا عمري`)
abaya-shop | اليكسا يا عمري الزبونة من {} وش عاصمتها | الكويت=KW; البحرين=BH; فرنسا=FR
abaya-shop | اليكسا القماش جاي من {} عاصمتها وش | كوريا الجنوبية=KR; اليابان=JP; الهند=IN
abaya-shop | اليكسا بين المقاسات سؤال عاصمة {} | ماليزيا=MY; باكستان=PK; تركيا=TR
abaya-shop | اليكسا متى يسكر المول | FB
# plural-capitals: the eight countries with several capitals, asked in the plural
plural-capitals | اليكسا وش عواصم {} كلها | جنوب افريقيا=ZA; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا عطيني العواصم حقت {} | ماليزيا=MY; بنين=BJ; سريلانكا=LK
plural-capitals | اليكسا كم عاصمة عند {} وش هي | ساحل العاج=CI; اسواتيني=SZ; جنوب افريقيا=ZA
plural-capitals | اليكسا سمعت ان {} لها عاصمتين وش هم | بوليفيا=BO; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا عاصمتين {} وش اسماءهم | بنين=BJ; سريلانكا=LK; ساحل العاج=CI
plural-capitals | اليكسا قولي العاصمتين حقين {} | اسواتيني=SZ; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا الثلاث عواصم حقت {} وشهم | جنوب افريقيا=ZA; جمهورية جنوب افريقيا=ZA
plural-capitals | اليكسا جنوب افريقيا عندها ثلاث عواصم عددها لي | ZA
plural-capitals | اليكسا وش عواصم جنوب افريقيا الثلاث | ZA
plural-capitals | اليكسا ابي العواصم الادارية والتشريعية والقضائية لجنوب افريقيا | ZA
plural-capitals | اليكسا بوليفيا لها عاصمتين صح وشهم | BO
plural-capitals | اليكسا عاصمتي بوليفيا سوكري ولاباز ولا فيه غيرهم | BO
plural-capitals | اليكسا العاصمة الدستورية والحكومية لبوليفيا | BO
plural-capitals | اليكسا هولندا وش عواصمها امستردام والثانية | NL
plural-capitals | اليكسا ليه هولندا لها عاصمتين قولي الاثنتين | NL
plural-capitals | اليكسا عواصم هولندا الاثنين وش هم | NL
plural-capitals | اليكسا ماليزيا وش عاصمتيها | MY
plural-capitals | اليكسا كوالالمبور وبوتراجايا كلهم عواصم ماليزيا | MY
plural-capitals | اليكسا قولي عواصم ماليزيا الاثنتين | MY
plural-capitals | اليكسا العاصمة الادارية والرسمية لماليزيا | MY
plural-capitals | اليكسا عواصم بنين الاثنتين وش هي | BJ
plural-capitals | اليكسا بنين عندها كم عاصمة | BJ
plural-capitals | اليكسا عاصمتين سيريلانكا قوليهم | LK
plural-capitals | اليكسا وش عواصم سريلانكا كولومبو والثانية | LK
plural-capitals | اليكسا عواصم ساحل العاج ابيدجان وغيرها | CI
plural-capitals | اليكسا كوت ديفوار وش عواصمها | CI
plural-capitals | اليكسا سوازيلاند لها عاصمتين وشهم | SZ
plural-capitals | اليكسا عواصم اسواتيني الملكية والادارية | SZ
plural-capitals | اليكسا عواصم {} كم وحدة | جنوب افريقيا=ZA; ماليزيا=MY; سريلانكا=LK
plural-capitals | اليكسا الدول اللي لها اكثر من عاصمة {} منها وش عواصمها | بوليفيا=BO; بنين=BJ; اسواتيني=SZ
plural-capitals | اليكسا يا عواصم العالم وش عواصم هولندا | NL
plural-capitals | اليكسا عواصم الكوت ديفوار الاثنتين | CI

# help
help | اليكسا وش تقدرين تسوين في عواصم العالم | HELP
help | اليكسا كيف استخدم هذي المهارة | HELP
help | اليكسا ساعديني ما عرفت وش اقول | HELP
help | اليكسا وش الاشياء اللي اقدر اسالك عنها | HELP
help | اليكسا علميني كيف اسال عن عاصمة | HELP
help | اليكسا مساعدة | HELP
help | اليكسا ابي مساعدة في عواصم العالم | HELP
help | اليكسا كيف اسالك صح | HELP
help | اليكسا وش الاوامر | HELP
help | اليكسا انا ضايع وش اسوي | HELP
help | اليكسا اشرحي لي اللعبة | HELP
help | اليكسا وش تعرفين تجاوبين | HELP
help | اليكسا عطيني مثال سؤال | HELP
help | اليكسا ما فهمت كيف تشتغل | HELP
help | اليكسا قولي لي وش اقول لك | HELP
help | اليكسا وش المطلوب مني | HELP
help | اليكسا ساعدني يا خوي | HELP
help | اليكسا وش اسالك عنه بالضبط | HELP
help | اليكسا تعليمات المهارة | HELP
help | اليكسا ابي اعرف طريقة الاستخدام | HELP
help | اليكسا هلب | HELP
help | اليكسا كيف اشغلك | HELP
help | اليكسا ابغى شرح | HELP
help | اليكسا المساعدة لو سمحتي | HELP
help | اليكسا وش فيه عندك من اسئلة | HELP

# stop
stop | اليكسا خلاص وقفي | STOP
stop | اليكسا قفلي المهارة | STOP
stop | اليكسا بس يكفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا انهي | STOP
stop | اليكسا اطلعي من عواصم العالم | STOP
stop | اليكسا خلصنا شكرا | STOP
stop | اليكسا وقف | STOP
stop | اليكسا ما ابي اكمل | STOP
stop | اليكسا مع السلامة | STOP
stop | اليكسا سكري | STOP
stop | اليكسا انتهينا | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا طفي | STOP
stop | اليكسا يكفي اليوم | STOP
stop | اليكسا باي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا اقفلي اللعبة | STOP
stop | اليكسا خلاص بنام | STOP
stop | اليكسا كفاية عواصم | STOP
stop | اليكسا وقفي يرحم والديك | STOP
stop | اليكسا تصبحين على خير | STOP
stop | اليكسا اوقف المهارة | STOP
stop | اليكسا لا خلاص ما ابي | STOP

# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا لا تكملين الغي | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا ما ابيه الغيه | CANCEL
cancel | اليكسا خلاص الغي هذا | CANCEL
cancel | اليكسا الغي الامر | CANCEL
cancel | اليكسا ولا شي الغي | CANCEL
cancel | اليكسا لا خلاص انسي | CANCEL
cancel | اليكسا كانسل لو سمحتي | CANCEL
cancel | اليكسا الغي كل شي | CANCEL
cancel | اليكسا ارجعي الغي | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا الغيها | CANCEL
cancel | اليكسا بطلت الغي | CANCEL
cancel | اليكسا شيلي السؤال | CANCEL
cancel | اليكسا امسحي السؤال | CANCEL

# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا افتح مهارة عواصم العالم | LAUNCH
launch | اليكسا ابي العب عواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا ودي افتح عواصم العالم | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا فعلي عواصم العالم | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا ادخلي على عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا نبي عواصم العالم | LAUNCH
launch | اليكسا شغلي لي عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا ممكن تفتحين عواصم العالم | LAUNCH
launch | اليكسا افتحي لنا عواصم العالم العيال يبونها | LAUNCH
launch | اليكسا ابغى مهارة عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم يا اليكسا | LAUNCH
launch | اليكسا افتحي العواصم حقت العالم | LAUNCH
launch | اليكسا رجعي عواصم العالم | LAUNCH
launch | اليكسا ابدا لعبة عواصم العالم | LAUNCH
launch | اليكسا جيبي عواصم العالم | LAUNCH
launch | اليكسا نلعب عواصم العالم | LAUNCH
launch | اليكسا افتحي برنامج عواصم العالم | LAUNCH
launch | اليكسا كلمي عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة العواصم عواصم العالم | LAUNCH
launch | اليكسا ابي اكلم عواصم العالم | LAUNCH
# follow-up: short questions inside a session
follow-up | اليكسا و{} | فلسطين=PS; الكونغو الديمقراطية=CD; كوريا الشمالية=KP
follow-up | اليكسا طيب و{} | كوريا الجنوبية=KR; الكونغو برازافيل=CG; فلسطين=PS
follow-up | اليكسا زين و{} وشي | غينيا الاستوائية=GQ; الغابون=GA; الكاميرون=CM
follow-up | اليكسا و{} بعد | الكونغو كينشاسا=CD; تشاد=TD; النيجر=NE
follow-up | اليكسا {} طيب | البيرو=PE; الاكوادور=EC; كولومبيا=CO
follow-up | اليكسا والثانية {} | كوريا الشمالية=KP; الكونغو الثانية برازافيل=CG; افريقيا الوسطى=CF
follow-up | اليكسا اوكي و{} عاصمتها | منغوليا=MN; لاوس=LA; نيبال=NP
follow-up | اليكسا هذي عرفتها و{} | ارمينيا=AM; اذربيجان=AZ; جورجيا=GE
follow-up | اليكسا وكوريا الثانية | KP
follow-up | اليكسا وجارتها الجنوبية كوريا | KR
follow-up | اليكسا والكونغو الثانية اللي عاصمتها كينشاسا | CD
follow-up | اليكسا وفلسطين عاصمتها | PS
follow-up | اليكسا طيب وكوريا الشمالية | KP
follow-up | اليكسا وغزة تبع فلسطين عاصمتها وش | PS

# yes-no-check
yes-no-check | اليكسا صح ان {} | عاصمة فلسطين القدس=PS; عاصمة كوريا الشمالية بيونغ يانغ=KP; عاصمة كوريا الجنوبية سيول=KR
yes-no-check | اليكسا هل {} | عاصمة الكونغو الديمقراطية كينشاسا=CD; عاصمة الكونغو برازافيل=CG; عاصمة استراليا سيدني=AU
yes-no-check | اليكسا {} ولا لا | عاصمة كندا تورنتو=CA; عاصمة تركيا اسطنبول=TR; عاصمة البرازيل ريو=BR
yes-no-check | اليكسا اتحدى ان {} | عاصمة نيجيريا ابوجا=NG; عاصمة باكستان كراتشي=PK; عاصمة المغرب الرباط=MA
yes-no-check | اليكسا متاكدة ان {} | عاصمة نيوزيلندا ولنغتون=NZ; عاصمة سويسرا بيرن=CH; عاصمة فيتنام هانوي=VN
yes-no-check | اليكسا اخوي يقول {} صدق | عاصمة امريكا نيويورك=US; عاصمة الهند دلهي=IN; عاصمة ميانمار رانغون=MM
yes-no-check | اليكسا هل كينشاسا عاصمة الكونغو الديمقراطية | CD
yes-no-check | اليكسا برازافيل عاصمة جمهورية الكونغو صح | CG
yes-no-check | اليكسا رام الله عاصمة فلسطين ولا القدس | PS
yes-no-check | اليكسا بيونغ يانغ هي عاصمة كوريا الشمالية صح | KP
yes-no-check | اليكسا سيول ولا بوسان عاصمة كوريا الجنوبية | KR
yes-no-check | اليكسا هل لاهاي عاصمة هولندا | NL
yes-no-check | اليكسا كيب تاون عاصمة جنوب افريقيا صح | ZA

# self-correction
self-correction | اليكسا ابي عاصمة {} يعني | النمسا لا قصدي استراليا=AU; سلوفاكيا لا لا سلوفينيا=SI; ايران لا العراق=IQ
self-correction | اليكسا وش تطلع عاصمة {} | كوريا الجنوبية لا اقصد الشمالية=KP; الكونغو كينشاسا لا برازافيل=CG; النيجر عفوا نيجيريا=NG
self-correction | اليكسا بسالك عن عاصمة {} | السويد اقصد سويسرا=CH; غينيا لا غينيا بيساو=GW; لاتفيا لا ليتوانيا=LT
self-correction | اليكسا عاصمة {} اسفة تلخبطت | موريتانيا لا موريشيوس=MU; زامبيا لا زيمبابوي=ZW; كولومبيا لا كمبوديا=KH
self-correction | اليكسا عاصمة كوريا الشمالية لا لا الجنوبية | KR
self-correction | اليكسا عاصمة الاردن ووه قصدي فلسطين | PS
self-correction | اليكسا عاصمة جمهورية الكونغو لا الكونغو الديمقراطية | CD
self-correction | اليكسا عاصمة ايسلندا لا ايرلندا | IE
self-correction | اليكسا عاصمة النمسا استغفر الله قصدي المانيا | DE
self-correction | اليكسا عاصمة سوريا لا غلطت لبنان | LB
self-correction | اليكسا عاصمة البرتغال لا اسبانيا | ES
self-correction | اليكسا عاصمة الدنمارك لا انتظري هولندا | NL

# reverse-question
reverse-question | اليكسا {} عاصمة اي دولة | كينشاسا=CD; برازافيل=CG; بيونغ يانغ=KP
reverse-question | اليكسا {} عاصمة وين | سيول=KR; رام الله=PS; نيروبي=KE
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | اديس ابابا=ET; كمبالا=UG; داكار=SN
reverse-question | اليكسا مدينة {} عاصمة ايش | لوساكا=ZM; هراري=ZW; ليلونغوي=MW
reverse-question | اليكسا {} تتبع اي بلد وهي عاصمة | تبليسي=GE; يريفان=AM; باكو=AZ
reverse-question | اليكسا وين تكون {} العاصمة | بيشكيك=KG; دوشنبه=TJ; عشق اباد=TM
reverse-question | اليكسا {} هذي عاصمة وش | تيغوسيغالبا=HN; ماناغوا=NI; سان خوسيه=CR
reverse-question | اليكسا عاصمة اسمها {} لاي دولة | فادوز=LI; فاليتا=MT; نيقوسيا=CY
reverse-question | اليكسا كانبرا عاصمة اي دولة | CITY:كانبرا
reverse-question | اليكسا الدوحة عاصمة مين | QA
reverse-question | اليكسا وش الدولة اللي عاصمتها ويندهوك | NA
reverse-question | اليكسا عاصمتها ماسيرو وش هي الدولة | LS
reverse-question | اليكسا بريتوريا عاصمة وين | ZA

# official-name
official-name | اليكسا عاصمة {} الرسمية | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية كوريا الشعبية الديمقراطية=KP
official-name | اليكسا وش تكون عاصمة {} | جمهورية كوريا=KR; دولة فلسطين=PS; المملكة الاردنية الهاشمية=JO
official-name | اليكسا ممكن تقولين عاصمة {} | الجمهورية العربية السورية=SY; الجمهورية الاسلامية الايرانية=IR; جمهورية مصر العربية=EG
official-name | اليكسا ابي عاصمة {} من فضلك | الولايات المتحدة الامريكية=US; المملكة المتحدة=GB; الاتحاد الروسي=RU
official-name | اليكسا عاصمة {} وش هي بالاسم الرسمي | جمهورية الصين الشعبية=CN; الجمهورية التشيكية=CZ; جمهورية اتحاد ميانمار=MM
official-name | اليكسا ما هي عاصمة {} الحالية | مملكة البحرين=BH; سلطنة عمان=OM; دولة الكويت=KW
official-name | اليكسا عاصمة {} لو سمحت يا اليكسا | الجمهورية الاتحادية الديمقراطية الاثيوبية=ET; جمهورية جنوب افريقيا=ZA; اتحاد جزر القمر=KM
official-name | اليكسا عاصمة الولايات الموحدة لميكرونيزيا | FM
official-name | اليكسا عاصمة مملكة تونغا | TO
official-name | اليكسا عاصمة الجماهيرية الليبية | LY

# everyday-name
everyday-name | اليكسا عاصمة {} اللي الناس يعرفونها | امريكا=US; بريطانيا=GB; الكونغو كينشاسا=CD
everyday-name | اليكسا وش عاصمة {} اللي نقولها | كوريا الشمالية=KP; كوريا الجنوبية=KR; الضفة وغزة فلسطين=PS
everyday-name | اليكسا عاصمة {} وش يسمونها | هولندا اللي هي هولاند=NL; بورما=MM; سيلان=LK
everyday-name | اليكسا قولي لي عاصمة {} بسرعة | سوازيلاند=SZ; زائير=CD; الكونغو الصغيرة=CG
everyday-name | اليكسا عاصمة {} حقت زمان | بروسيا=FB; فارس=IR; الحبشة=ET
everyday-name | اليكسا عاصمة {} حقتها وشي | تشيكيا=CZ; ساحل العاج=CI; الراس الاخضر=CV
everyday-name | اليكسا عاصمة داهومي القديمة | BJ
everyday-name | اليكسا عاصمة روديسيا الجنوبية اللي هي زيمبابوي الحين | ZW
everyday-name | اليكسا عاصمة فولتا العليا | BF
everyday-name | اليكسا عاصمة تركيا اللي صار اسمها تركيه | TR

# shared-name
shared-name | اليكسا بس قولي عاصمة {} | الكونغو=CD+CG; كوريا=KP+KR; غينيا=GN
shared-name | اليكسا ابي اعرف وش عاصمة {} | جورجيا=GE; السودان=SD; غينيا الجديدة=PG
shared-name | اليكسا عاصمة {} وش هي يا حلوة | ساموا=WS; دومينيكا=DM
shared-name | اليكسا عاصمة كوريا كلها الثنتين | KP+KR
shared-name | اليكسا عاصمة الكونغو الاثنين | CD+CG
shared-name | اليكسا عاصمة كوريا اللي نسافر لها سياحة | KR
shared-name | اليكسا عاصمة الكونغو الكبيرة | CD
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية | US-GA
shared-name | اليكسا عاصمة ايرلندا الشمالية | GB-NIR
shared-name | اليكسا عاصمة مقدونيا | MK
shared-name | اليكسا عاصمة لوكسمبورغ البلد مو المدينة | LU
# subdivision: states, provinces, UK nations, territories, and ones the data lacks
subdivision | اليكسا عاصمة ولاية {} | تكساس=US-TX; كاليفورنيا=US-CA; فلوريدا=US-FL
subdivision | اليكسا وش عاصمة ولاية {} الامريكية | نيويورك=US-NY; واشنطن=US-WA; ميشيغان=US-MI
subdivision | اليكسا ولدي يدرس في {} وش عاصمتها | اوهايو=US-OH; كولورادو=US-CO; اريزونا=US-AZ
subdivision | اليكسا عاصمة مقاطعة {} الكندية | اونتاريو=CA-ON; كيبيك=CA-QC; البرتا=CA-AB
subdivision | اليكسا عاصمة ولاية {} في استراليا | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرالا=IN-KL; تاميل نادو=IN-TN; ماهاراشترا=IN-MH
subdivision | اليكسا عاصمة ولاية {} في البرازيل | باهيا=BR-BA; امازوناس=BR-AM; بارانا=BR-PR
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا عاصمة ولاية {} الالمانية | بافاريا=DE-BY; ساكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا عاصمة {} البريطانية | اسكتلندا=GB-SCT; ويلز=GB-WLS; انجلترا=GB-ENG
subdivision | اليكسا عاصمة اقليم {} | كردستان=FB; الباسك=FB; كتالونيا=FB
subdivision | اليكسا عاصمة ولاية {} في ماليزيا | جوهور=FB; سلانغور=FB; صباح=FB
subdivision | اليكسا عاصمة منطقة {} في السعودية | القصيم=FB; عسير=FB; الجوف=FB
subdivision | اليكسا عاصمة ولاية {} في نيجيريا | كانو=FB; لاغوس=FB; كادونا=FB
subdivision | اليكسا عاصمة جزيرة {} | جرينلاند=GL; هاواي=US-HI; بورتوريكو=PR
subdivision | اليكسا عاصمة {} التابعة | هونغ كونغ=HK; ماكاو=MO; جزر فارو=FO
subdivision | اليكسا عاصمة ولاية الاسكا | US-AK
subdivision | اليكسا عاصمة كولومبيا البريطانية في كندا | CA-BC
subdivision | اليكسا عاصمة ولاية جورجيا في امريكا | US-GA
subdivision | اليكسا عاصمة محافظة الشرقية | FB
subdivision | اليكسا عاصمة ولاية نيو ساوث ويلز | AU-NSW
subdivision | اليكسا عاصمة ولاية البنجاب الهندية | IN-PB
subdivision | اليكسا عاصمة ولاية تاسمانيا | AU-TAS
subdivision | اليكسا عاصمة ايرلندا الشمالية التابعة لبريطانيا | GB-NIR
subdivision | اليكسا عاصمة ولاية كيبيك الكندية | CA-QC
subdivision | اليكسا عاصمة جزيرة بالي في اندونيسيا | FB
subdivision | اليكسا عاصمة ولاية دارفور | FB
subdivision | اليكسا عاصمة جزر الكناري | FB

# out-of-domain: things people say to an Echo that are not capital questions
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا كم عدد سكان طوكيو | FB
out-of-domain | اليكسا وش اكبر مدينة في امريكا | FB
out-of-domain | اليكسا عاصمة قارة افريقيا | FB
out-of-domain | اليكسا وش عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة اسيا وش هي | FB
out-of-domain | اليكسا كم الساعة في لندن | FB
out-of-domain | اليكسا كم درجة الحرارة في القاهرة | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا كم تبعد دبي عن الرياض | FB
out-of-domain | اليكسا شغلي قران | FB
out-of-domain | اليكسا شغلي سورة البقرة | FB
out-of-domain | اليكسا ذكريني بموعد الدكتور بكرة | FB
out-of-domain | اليكسا اضبطي منبه الساعة خمسة الفجر | FB
out-of-domain | اليكسا وقت صلاة العصر | FB
out-of-domain | اليكسا وش اتجاه القبلة | FB
out-of-domain | اليكسا قولي نكتة | FB
out-of-domain | اليكسا شغلي محمد عبده | FB
out-of-domain | اليكسا ارفعي الصوت | FB
out-of-domain | اليكسا وطي الصوت شوي | FB
out-of-domain | اليكسا وش اخبار الدوري | FB
out-of-domain | اليكسا كم نتيجة الهلال والنصر | FB
out-of-domain | اليكسا ولعي النور | FB
out-of-domain | اليكسا طفي المكيف | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا كم الدولار بالريال | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا ليش سموها عاصمة | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا مين بنى مدينة بغداد | FB
out-of-domain | اليكسا وش علم كندا | FB
out-of-domain | اليكسا وش الوان علم المانيا | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا وش اعلى جبل في العالم | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا مين اكتشف امريكا | FB
out-of-domain | اليكسا اطلبي لي بيتزا | FB
out-of-domain | اليكسا اتصلي على امي | FB
out-of-domain | اليكسا وش تاريخ اليوم هجري | FB
out-of-domain | اليكسا متى رمضان السنة الجاية | FB
out-of-domain | اليكسا كم باقي على العيد | FB
out-of-domain | اليكسا احكي لي قصة قبل النوم | FB
out-of-domain | اليكسا ترجمي كلمة شكرا بالفرنسي | FB
out-of-domain | اليكسا كيف اقول مرحبا بالياباني | FB
out-of-domain | اليكسا وش عاصمة الدنيا كلها | FB
out-of-domain | اليكسا وش عاصمة القمر | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة الخليج العربي | FB
out-of-domain | اليكسا وش عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا عاصمة امريكا الجنوبية القارة | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا وش عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا انتي متزوجة | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا وش اسمك | FB
out-of-domain | اليكسا مين صنعك | FB
out-of-domain | اليكسا شغلي الاذاعة | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
out-of-domain | اليكسا اضيفي حليب للقائمة | FB
out-of-domain | اليكسا وين اقرب صيدلية | FB
out-of-domain | اليكسا كم يبعد القمر عن الارض | FB
out-of-domain | اليكسا وش احسن وقت لزيارة تركيا | FB
out-of-domain | اليكسا كم سعر تذكرة لجورجيا | FB
out-of-domain | اليكسا وش ارخص دولة للسياحة | FB
out-of-domain | اليكسا عطيني فيزا لماليزيا | FB
out-of-domain | اليكسا كم ساعة فرق التوقيت بيننا وبين امريكا | FB
out-of-domain | اليكسا وش عدد سكان الصين | FB
out-of-domain | اليكسا كم عدد سكان عاصمة مصر | FB
out-of-domain | اليكسا وش اشهر اكلة في ايطاليا | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي | FB
out-of-domain | اليكسا وش عاصمة الكرة الارضية | FB
out-of-domain | اليكسا شغلي فيروز الصبح | FB
out-of-domain | اليكسا كم الساعة | FB
out-of-domain | اليكسا وقفي المنبه | FB
out-of-domain | اليكسا شغلي شي يضحك | FB

# ask-invocation: the invocation name said inside the question
ask-invocation | اليكسا اسالي عواصم العالم عن عاصمة {} | فلسطين=PS; الكونغو الديمقراطية=CD; كوريا الشمالية=KP
ask-invocation | اليكسا خلي عواصم العالم تقول عاصمة {} | كوريا الجنوبية=KR; جمهورية الكونغو=CG; هولندا=NL
ask-invocation | اليكسا افتحي عواصم العالم وقولي عاصمة {} | بوليفيا=BO; جنوب افريقيا=ZA; ماليزيا=MY
ask-invocation | اليكسا من عواصم العالم ابي عاصمة {} | الفاتيكان=VA; سان مارينو=SM; موناكو=MC
ask-invocation | اليكسا عواصم العالم وش عاصمة {} | اندورا=AD; ليختنشتاين=LI; لوكسمبورغ=LU
ask-invocation | اليكسا اسال عواصم العالم عن عواصم جنوب افريقيا | ZA
ask-invocation | اليكسا اطلبي من عواصم العالم عواصم بوليفيا | BO
# help, stop, cancel and launch said in this round's situations
help | اليكسا يا كابتن ما عرفت كيف اسال عواصم العالم علميني | HELP
help | اليكسا انا لا فاهم هذا برنامج كيف استخدم | HELP
help | اليكسا شنهو نقول لعواصم العالم ماني عارف | HELP
help | اليكسا اخي كيف اسال هذا شيء عاصمة | HELP
help | اليكسا يا حلوين اسمعوا اليكسا تشرح لنا كيف نلعب | HELP
help | اليكسا ماما تقول اسالك عن المساعدة وش اسوي | HELP
help | اليكسا في الممشى ابي تعليمات عواصم العالم | HELP
help | اليكسا الكهرب طافي وما ادري كيف العب اشرحي | HELP
help | اليكسا المتابعين يبون يعرفون كيف تشتغل المهارة | HELP
help | اليكسا يا شريك ما نعرف نستخدمها ساعدينا | HELP
help | اليكسا بارك الله فيك كيف اطرح السؤال | HELP
help | اليكسا العميل يسال كيف يستخدم عواصم العالم | HELP
help | اليكسا ممكن مساعدة شكرا | HELP
help | اليكسا وش اقدر اسال عواصم العالم عنه بالضبط | HELP
help | اليكسا طيب وش الخيارات اللي عندك | HELP
stop | اليكسا المحطة وصلت خلاص وقفي | STOP
stop | اليكسا يا كابتن بنكمل التمرين سكري اللعبة | STOP
stop | اليكسا العينة جاهزة خلاص اطلعي | STOP
stop | اليكسا العبارة وصلت فرسان بس كذا | STOP
stop | اليكسا على من السوم خلاص اقفلي عواصم العالم | STOP
stop | اليكسا النزيل وصل اوقفي الحين | STOP
stop | اليكسا يا حلوين انتهت الحصة وقفي اليكسا | STOP
stop | اليكسا الكهرب رجع خلاص طفي اللعبة | STOP
stop | اليكسا زوجي وصل خلاص وقفي | STOP
stop | اليكسا ماني عارف شي بعد وقف | STOP
stop | اليكسا شكرا انا خلاص روح شغل | STOP
stop | اليكسا الله يحييك يكفي اليوم نكمل بكرة | STOP
stop | اليكسا الكورت فضى خلاص سكري | STOP
stop | اليكسا جاكارو بدت سكري العواصم | STOP
stop | اليكسا بنبدا نشيل الكراتين وقفي المهارة | STOP
stop | اليكسا السنابة خلصت اطلعي من المهارة | STOP
stop | اليكسا خلاص يا اليكسا ما نبي عواصم | STOP
stop | اليكسا وقفي عواصم العالم الله يعافيك | STOP
stop | اليكسا اطلعي منها خلاص تعبت | STOP
stop | اليكسا انهي اللعبة الحين | STOP
stop | اليكسا نوقف هنا يكفي | STOP
stop | اليكسا قفلي عواصم العالم ورجعي للاغاني | STOP
stop | اليكسا الاسطبل ينتظرني خلاص وقف | STOP
stop | اليكسا يا بنات خلصنا الكاهوت اقفلي | STOP
cancel | اليكسا لا لا الغي السؤال ذاك يا كابتن | CANCEL
cancel | اليكسا الغي اللي قلته عن الطرد | CANCEL
cancel | اليكسا غلطت بالاسم الغيه | CANCEL
cancel | اليكسا انا لا فاهم الغي ممكن | CANCEL
cancel | اليكسا شنهو ذاك لا الغيه | CANCEL
cancel | اليكسا الغي السؤال اخي | CANCEL
cancel | اليكسا الطفلة سالت غلط الغي | CANCEL
cancel | اليكسا لا تجاوبين الغي السؤال الاخير | CANCEL
cancel | اليكسا ما قصدت هذي الدولة الغي | CANCEL
cancel | اليكسا الغي الغي ما ابي الجواب | CANCEL
cancel | اليكسا تراجعت عن السؤال الغيه | CANCEL
cancel | اليكسا كنسلي السؤال يا اليكسا | CANCEL
cancel | اليكسا انسي السؤال حق المتابع | CANCEL
cancel | اليكسا لا خلاص الغي المزاد بدا | CANCEL
cancel | اليكسا ماني بحاجته الغيه | CANCEL
cancel | اليكسا الغي السالفة كلها | CANCEL
cancel | اليكسا الغي هذا السؤال بارك الله فيك | CANCEL
cancel | اليكسا الغي طلبي الاخير | CANCEL
cancel | اليكسا لا ترد الغيه | CANCEL
cancel | اليكسا الغي السؤال ابي اسال شي ثاني | CANCEL
cancel | اليكسا امسحي اخر سؤال سالته | CANCEL
cancel | اليكسا الغي ما ابي اعرف عاصمتها | CANCEL
cancel | اليكسا تراجعي عن السؤال يرحم والديك | CANCEL
cancel | اليكسا اونو الغي السؤال | CANCEL
launch | اليكسا يا كابتن شغلي عواصم العالم بين السيتات | LAUNCH
launch | اليكسا في المترو افتحي عواصم العالم | LAUNCH
launch | اليكسا حنا في الخبرة افتحي عواصم العالم | LAUNCH
launch | اليكسا العبارة طويلة شغلي عواصم العالم | LAUNCH
launch | اليكسا ممكن عواصم العالم شكرا | LAUNCH
launch | اليكسا شنهو عواصم العالم افتحيها | LAUNCH
launch | اليكسا اخي افتح عواصم العالم | LAUNCH
launch | اليكسا يا حلوين اليكسا بتفتح عواصم العالم | LAUNCH
launch | اليكسا الكهرب طافي افتحي عواصم العالم نتسلى | LAUNCH
launch | اليكسا نبدا جولة عواصم العالم يا جماعة | LAUNCH
launch | اليكسا بارك الله فيك افتحي عواصم العالم | LAUNCH
launch | اليكسا يا بنات نبدا عواصم العالم | LAUNCH
launch | اليكسا بين الكراتين شغلي عواصم العالم | LAUNCH
launch | اليكسا على ما يوصل زوجي افتحي عواصم العالم | LAUNCH
launch | اليكسا الله يحييك شغلي لنا عواصم العالم | LAUNCH
launch | اليكسا حياك افتحي عواصم العالم للنزيل | LAUNCH
launch | اليكسا مع المطر نبي عواصم العالم | LAUNCH
launch | اليكسا يا شريك افتحي عواصم العالم نتحدى | LAUNCH
launch | اليكسا بعد الجاكارو شغلي عواصم العالم | LAUNCH
launch | اليكسا تكفين شغلي عواصم العالم للعيال | LAUNCH
launch | اليكسا ابي ادخل على مهارة عواصم العالم الحين | LAUNCH
launch | اليكسا انا لا فاهم عواصم العالم ممكن تفتح | LAUNCH
launch | اليكسا يلا يا اليكسا عواصم العالم الحين | LAUNCH
launch | اليكسا افتحي عواصم العالم قبل السحب | LAUNCH
launch | اليكسا شغلي عواصم العالم في الكاشير | LAUNCH
launch | اليكسا افتحي لي عواصم العالم يا عمري | LAUNCH
# out-of-domain said in this round's situations
out-of-domain | اليكسا وين القى فقع زبيدي هالسنة | FB
out-of-domain | اليكسا متى يطلع الفقع بعد الوسم | FB
out-of-domain | اليكسا كم سعر الفقع الخلاسي في الحراج | FB
out-of-domain | اليكسا على من السوم الحين | FB
out-of-domain | اليكسا كم كرتون سكري انباع اليوم | FB
out-of-domain | اليكسا وش احسن نوع تمر للسكر | FB
out-of-domain | اليكسا البحر مروش اليوم ولا هادي | FB
out-of-domain | اليكسا كم سرعة الرياح في جازان | FB
out-of-domain | اليكسا وين اقرب مكتب بريد | FB
out-of-domain | اليكسا كم رسوم ارسال طرد لمصر | FB
out-of-domain | اليكسا وش العنوان الوطني حقي | FB
out-of-domain | اليكسا كم محطة في الخط الازرق | FB
out-of-domain | اليكسا متى يسكر المترو الليلة | FB
out-of-domain | اليكسا كم بروتين في صدر الدجاج | FB
out-of-domain | اليكسا عد لي عشرين ثانية ريست | FB
out-of-domain | اليكسا كم سعرة احرق الكارديو نص ساعة | FB
out-of-domain | اليكسا وش معنى تحليل فيتامين دال | FB
out-of-domain | اليكسا متى تطلع نتيجة تحليل الدم | FB
out-of-domain | اليكسا كم غرفة فاضية في الفندق | FB
out-of-domain | اليكسا كم يبعد الفندق عن الحرم | FB
out-of-domain | اليكسا متى موعد تسجيل الخروج | FB
out-of-domain | اليكسا وش اكل السلوقي الصحي | FB
out-of-domain | اليكسا متى يبدا موسم المقناص | FB
out-of-domain | اليكسا كم تعيش الفرس العربية | FB
out-of-domain | اليكسا مين فاز بكاس السعودية للخيل | FB
out-of-domain | اليكسا وش قوانين البادل | FB
out-of-domain | اليكسا كم سعر مضرب بادل زين | FB
out-of-domain | اليكسا كيف ازيد متابعيني في سناب | FB
out-of-domain | اليكسا كم سعر لتر الديزل | FB
out-of-domain | اليكسا وش مقاس العباية لطول مية وستين | FB
out-of-domain | اليكسا كم خطوة لازم امشي في اليوم | FB
out-of-domain | اليكسا ذكريني بدواء الضغط الساعة ثمان | FB
out-of-domain | اليكسا ممكن سيول وش الجو اليوم | FB
out-of-domain | اليكسا انا لا فاهم كم الساعة في كوريا | FB
out-of-domain | اليكسا شنهو الوقت في نواكشوط | FB
out-of-domain | اليكسا كم سكان نواكشوط | FB
out-of-domain | اليكسا اخي كم سعر النايرا بالريال | FB
out-of-domain | اليكسا ما شاء الله كم عدد سكان سراييفو | FB
out-of-domain | اليكسا كم كرتون نحتاج للمطبخ | FB
out-of-domain | اليكسا متى يجي عمال النقل | FB
out-of-domain | اليكسا فيه سيول في الرياض الليلة | FB
out-of-domain | اليكسا هل فيه تعليق دراسة بكرة | FB
out-of-domain | اليكسا كم ساعة تشتغل البطارية بدون كهرب | FB
out-of-domain | اليكسا اتصلي على شركة الكهرباء | FB
out-of-domain | اليكسا متى توصل رحلة اسطنبول | FB
out-of-domain | اليكسا كم ساعة الترانزيت في الدوحة | FB
out-of-domain | اليكسا وش قوانين جاكارو | FB
out-of-domain | اليكسا كم ورقة في اونو | FB
out-of-domain | اليكسا يا حلوين غني لنا اغنية الصباح | FB
out-of-domain | اليكسا كم قارة في الدنيا يا حلوين | FB
out-of-domain | اليكسا وش عاصمة الخيل العربية | FB
out-of-domain | اليكسا وش عاصمة التمور في العالم | FB
out-of-domain | اليكسا عاصمة القهوة في العالم وش هي | FB
out-of-domain | اليكسا عاصمة الفقع في السعودية | FB
out-of-domain | اليكسا وش عاصمة الكرة الاوروبية | FB
out-of-domain | اليكسا وش اكبر عاصمة عربية بالسكان | FB
out-of-domain | اليكسا اي عاصمة فيها اكثر زحمة | FB
out-of-domain | اليكسا كم عاصمة في افريقيا | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش ابرد عاصمة في العالم | FB
out-of-domain | اليكسا وش اعلى عاصمة عن سطح البحر | FB
out-of-domain | اليكسا عاصمة قارة استراليا وش هي القارة نفسها | FB
out-of-domain | اليكسا وش عاصمة قارة امريكا الشمالية | FB
out-of-domain | اليكسا وش عاصمة القطب الجنوبي | FB
out-of-domain | اليكسا عاصمة مملكة الحيوانات وش | FB
out-of-domain | اليكسا كم عمر مدينة دمشق | FB
out-of-domain | اليكسا وش الفرق بين العاصمة والمدينة | FB
out-of-domain | اليكسا سوي مؤقت عشر دقايق للكبسة | FB
out-of-domain | اليكسا كم كوب رز لخمسة اشخاص | FB
out-of-domain | اليكسا وش يعني ترانزيت | FB
out-of-domain | اليكسا ما عاصمة الجمال في العالم | FB
out-of-domain | اليكسا وش عاصمة الدولة العثمانية قبل اسطنبول | FB
out-of-domain | اليكسا وش عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة الدولة العباسية وش كانت | FB
out-of-domain | اليكسا وش عاصمة الدولة السعودية الاولى | FB
# more lines from the same speakers
sudair-truffle | اليكسا الفقع الخلاسي يقولون من {} وش عاصمتها | السعودية=SA; الكويت=KW; العراق=IQ
sudair-truffle | اليكسا يا ولد الخيمة جاهزة قولي عاصمة {} | اسرائيل=IL; مصر=EG; الجزائر=DZ
sudair-truffle | اليكسا الخبرة هذي مثل صحراء {} وش عاصمتها | ناميبيا=NA; النيجر=NE; تشاد=TD
sudair-truffle | اليكسا بعد الوسم نسولف عاصمة {} وشي | ليبيا=LY; موريتانيا=MR; الصومال=SO
unaizah-auction | اليكسا الدلال يقول اللي يعرف عاصمة {} ياخذ كرتون | البرازيل=BR; المكسيك=MX; كندا=CA
unaizah-auction | اليكسا قبل البيع الثاني عاصمة {} وش | ماليزيا=MY; الفلبين=PH; اليابان=JP
unaizah-auction | اليكسا السوم وقف على مية عاصمة {} | الصين=CN; روسيا=RU; بريطانيا=GB
unaizah-auction | اليكسا صاحب المزرعة يسال عن عاصمة {} | فرنسا=FR; المانيا=DE; ايطاليا=IT
farasan-ferry | اليكسا الحريد يطلع قدام {} وش عاصمتها | اليمن=YE; ارتيريا=ER; السودان=SD
farasan-ferry | اليكسا القبطان يقول السفينة من {} عاصمتها | مصر=EG; الهند=IN; باكستان=PK
farasan-ferry | اليكسا قبل ننزل الجزيرة قولي عاصمة {} | جزر البهاما=BS; كوبا=CU; جامايكا=JM
farasan-ferry | اليكسا الركاب يسالون عاصمة {} | عمان=OM; الامارات=AE; البحرين=BH
post-counter | اليكسا الطرد مرتجع من {} وش عاصمتها | استراليا=AU; نيوزيلندا=NZ; فيجي=FJ
post-counter | اليكسا الشحن لين {} ياخذ اسبوع وش عاصمتها | اسبانيا=ES; البرتغال=PT; ايرلندا=IE
post-counter | اليكسا العميلة تبي ترسل هدية لاختها في {} العاصمة وش | الدنمارك=DK; النرويج=NO; فنلندا=FI
post-counter | اليكسا البوليصة تطلب عاصمة {} | تشيلي=CL; البيرو=PE; بوليفيا=BO
riyadh-metro | اليكسا السايق قال المترو صممته شركة من {} وش عاصمتها | ايطاليا=IT; اسبانيا=ES; كندا=CA
riyadh-metro | اليكسا واقف في العربة وش عاصمة {} | تايلاند=TH; ماليزيا=MY; سنغافورة=SG
riyadh-metro | اليكسا باقي ثلاث محطات قولي عاصمة {} | اوزبكستان=UZ; كازاخستان=KZ; اذربيجان=AZ
riyadh-metro | اليكسا انزل في محطة العليا بس عاصمة {} وش | اندونيسيا=ID; بنغلاديش=BD; سريلانكا=LK
gym-trainers | اليكسا البروتين من {} وش عاصمتها يا كابتن | امريكا=US; ايرلندا=IE; هولندا=NL
gym-trainers | اليكسا الكابتن من {} قولي عاصمة بلده | تونس=TN; المغرب=MA; مصر=EG
gym-trainers | اليكسا بين التمرينين عاصمة {} وش تكون | اوكرانيا=UA; بيلاروسيا=BY; روسيا=RU
gym-trainers | اليكسا اخر سيت اذا عرفت عاصمة {} | منغوليا=MN; كوريا الشمالية=KP; نيبال=NP
lab-techs | اليكسا الكواشف جاية من {} وش عاصمتها | سويسرا=CH; السويد=SE; الدنمارك=DK
lab-techs | اليكسا الدكتور درس في {} وش عاصمتها | ايرلندا=IE; المجر=HU; بولندا=PL
lab-techs | اليكسا الميكروسكوب صنع {} عاصمتها ايش | اليابان=JP; المانيا=DE; الصين=CN
lab-techs | اليكسا المريض من {} ويسال عن عاصمتها | السودان=SD; اثيوبيا=ET; اليمن=YE
makkah-hotel | اليكسا معتمرين من {} في الغرفة مية وعشرة عاصمتهم وش | الجزائر=DZ; تونس=TN; المغرب=MA
makkah-hotel | اليكسا الحجز الجماعي من {} عاصمتها ايش | تركيا=TR; اذربيجان=AZ; البوسنة=BA
makkah-hotel | اليكسا الحاج من {} يبي يعرف عاصمة بلده بالعربي | سيراليون=SL; ليبيريا=LR; غامبيا=GM
makkah-hotel | اليكسا النزيلة من {} وش عاصمتها | جزر المالديف=MV; بروناي=BN; سنغافورة=SG
saluki-breeders | اليكسا السلوقي الفارسي اصله {} وعاصمتها | ايران=IR; افغانستان=AF; طاجيكستان=TJ
saluki-breeders | اليكسا في الطلعة نسولف عاصمة {} | السودان=SD; الجزائر=DZ; ليبيا=LY
stable-grooms | اليكسا السرج هذا من {} وش عاصمتها | بريطانيا=GB; البرتغال=PT; المجر=HU
stable-grooms | اليكسا المدرب من {} عاصمة بلده وش | البرازيل=BR; تشيلي=CL; الاوروغواي=UY
stable-grooms | اليكسا الخيل البولندية من {} عاصمتها | بولندا=PL; التشيك=CZ; بلجيكا=BE
padel-players | اليكسا البادل بدا في {} وش عاصمتها | المكسيك=MX; الارجنتين=AR; الباراغواي=PY
padel-players | اليكسا يا شريك راهنتك على عاصمة {} | فنزويلا=VE; الاكوادور=EC; كولومبيا=CO
padel-players | اليكسا بين الاشواط وش عاصمة {} | ايسلندا=IS; النرويج=NO; فنلندا=FI
snap-influencers | اليكسا يا جماعة المتابعة من {} تسال عن عاصمتها | الجزائر=DZ; العراق=IQ; لبنان=LB
snap-influencers | اليكسا السنابة الجاية عن عاصمة {} | فلسطين=PS; سوريا=SY; الاردن=JO
snap-influencers | اليكسا لايك اذا تعرفون عاصمة {} وش هي | اريتريا=ER; جيبوتي=DJ; جزر القمر=KM
snap-influencers | اليكسا رحلتي الجاية {} قولي عاصمتها | جورجيا=GE; اذربيجان=AZ; البوسنة والهرسك=BA
kindergarten | اليكسا يا حلوين العلم الاحمر حق {} وش عاصمتها | تركيا=TR; الصين=CN; كندا=CA
kindergarten | اليكسا الحصة الجاية نتعلم عاصمة {} | روسيا=RU; امريكا=US; فرنسا=FR
kindergarten | اليكسا الطفل يسال وين عاصمة {} | استراليا=AU; نيوزيلندا=NZ; المكسيك=MX
retired-walkers | اليكسا ايام التدريس كانت عاصمة {} وش الحين | ميانمار=MM; كازاخستان=KZ; نيجيريا=NG
retired-walkers | اليكسا يا ابو عبدالله تراهن على عاصمة {} | البيرو=PE; الارجنتين=AR; كوبا=CU
retired-walkers | اليكسا الدورة الثانية في الممشى قولي عاصمة {} | بوروندي=BI; تنزانيا=TZ; ساحل العاج=CI
korean-engineers | اليكسا زميل من {} عاصمة ايش ممكن | الهند=IN; باكستان=PK; بنغلاديش=BD
korean-engineers | اليكسا عاصمة {} انا نسيت شكرا | كمبوديا=KH; لاوس=LA; ميانمار=MM
korean-engineers | اليكسا انا زيارة {} الشهر الجاي عاصمة ايش | الاردن=JO; مصر=EG; الامارات=AE
mauritanian-students | اليكسا يا الخو شنهي عاصمة {} ذيك | بوركينا فاسو=BF; غينيا=GN; ليبيريا=LR
mauritanian-students | اليكسا اعلاش ما اعرف عاصمة {} شنهو | سيراليون=SL; توغو=TG; غانا=GH
hausa-traders | اليكسا اخي زبون من {} يشتري عطر عاصمة ايش | الكاميرون=CM; الغابون=GA; تشاد=TD
hausa-traders | اليكسا انا ما في معلوم عاصمة {} شيء | جمهورية الكونغو=CG; الكونغو الديمقراطية=CD; انغولا=AO
bosnian-students | اليكسا بارك الله فيك استاذنا من {} ما عاصمة بلده | مصر=EG; الاردن=JO; سوريا=SY
bosnian-students | اليكسا الرحلة الصيفية الى {} ما عاصمتها | تركيا=TR; اليونان=GR; النمسا=AT
moving-house | اليكسا الاثاث جاي من {} وش عاصمتها | السويد=SE; الصين=CN; ايطاليا=IT
moving-house | اليكسا الجيران الجدد من {} وش عاصمتهم | سوريا=SY; اليمن=YE; السودان=SD
rainy-night | اليكسا بلد الامطار {} وش عاصمتها | الهند=IN; اندونيسيا=ID; البرازيل=BR
rainy-night | اليكسا مع صوت المطر قولي عاصمة {} | بريطانيا=GB; النرويج=NO; نيوزيلندا=NZ
power-cut | اليكسا العيال ملوا في الظلمة وش عاصمة {} | اسرائيل=IL; لبنان=LB; قبرص=CY
power-cut | اليكسا قبل يرجع الكهرب عاصمة {} | الفاتيكان=VA; مالطا=MT; سان مارينو=SM
waiting-flight | اليكسا الرحلة تمر فوق {} وش عاصمتها | العراق=IQ; ايران=IR; الكويت=KW
waiting-flight | اليكسا زوجي يقول الطيارة نزلت في {} وش عاصمتها | اليونان=GR; بلغاريا=BG; رومانيا=RO
jakaro-night | اليكسا الحجر طلع ستة عاصمة {} | باكستان=PK; افغانستان=AF; قيرغيزستان=KG
jakaro-night | اليكسا اللي يخسر يقول عاصمة {} | ايران=IR; الكويت=KW; اليمن=YE
uno-cousins | اليكسا اللون الاحمر وعاصمة {} | كوريا الجنوبية=KR; الكونغو برازافيل=CG; فلسطين=PS
uno-cousins | اليكسا عكس الدور وقولي عاصمة {} | كوريا الشمالية=KP; كينشاسا الكونغو=CD; تيمور الشرقية=TL
class-quiz | اليكسا الكاهوت الثاني عاصمة {} | ساو تومي وبرينسيب=ST; غينيا الاستوائية=GQ; الغابون=GA
class-quiz | اليكسا يا بنات الفريق الازرق يسال عاصمة {} | جنوب السودان=SS; افريقيا الوسطى=CF; رواندا=RW
petrol-night | اليكسا السايق من {} يسال عن عاصمة بلاده | مصر=EG; سوريا=SY; الاردن=JO
petrol-night | اليكسا الشفت طويل قولي عاصمة {} | ايسلندا=IS; استونيا=EE; لاتفيا=LV
abaya-shop | اليكسا العباية الكورية من {} عاصمتها | كوريا الجنوبية=KR; تايلاند=TH; اندونيسيا=ID
abaya-shop | اليكسا الزبونة تقول زوجها من {} وش عاصمتها | سلطنة عمان=OM; قطر=QA; ليبيا=LY
abaya-shop | اليكسا يا عمري التطريز من {} عاصمتها وش | فلسطين=PS; المغرب=MA; الهند=IN
# still more lines from the same speakers
hausa-traders | اليكسا اخي بضاعة جاي من {} عاصمة ايش | الصين=CN; تركيا=TR; الامارات=AE
hausa-traders | اليكسا واحد حاج من {} يسال عاصمة بلد هو | مالي=ML; السنغال=SN; غينيا=GN
saluki-breeders | اليكسا السلوقي الفائز صاحبه من {} عاصمتها وش | قطر=QA; الكويت=KW; الامارات=AE
saluki-breeders | اليكسا المقناص في صحراء {} وش عاصمتها | الجزائر=DZ; ليبيا=LY; منغوليا=MN
moving-house | اليكسا شركة النقل عمالها من {} وش عاصمتها | بنغلاديش=BD; نيبال=NP; الهند=IN
moving-house | اليكسا لقيت في الكرتون علم {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; كولومبيا=CO
rainy-night | اليكسا الله يسقينا مثل {} وش عاصمتها | ماليزيا=MY; الفلبين=PH; فيتنام=VN
rainy-night | اليكسا السيل ذكرني بفيضانات {} وش عاصمتها | باكستان=PK; بنغلاديش=BD; ليبيا=LY
power-cut | اليكسا في الظلمة نسولف عن {} وش عاصمتها | جنوب افريقيا=ZA; نيجيريا=NG; كينيا=KE
power-cut | اليكسا الشمعة قربت تخلص عاصمة {} | المانيا=DE; فرنسا=FR; اسبانيا=ES
waiting-flight | اليكسا زوجي كان في مؤتمر في {} وش عاصمتها | سويسرا=CH; بلجيكا=BE; كندا=CA
waiting-flight | اليكسا الرحلة تاخرت بسبب ثلج في {} وش عاصمتها | روسيا=RU; فنلندا=FI; النرويج=NO
uno-cousins | اليكسا اونو ومين يعرف عاصمة {} | اليونان=GR; البرتغال=PT; ايرلندا=IE
uno-cousins | اليكسا البطاقة الخضراء وعاصمة {} يا اليكسا | بوليفيا=BO; الباراغواي=PY; الاكوادور=EC
petrol-night | اليكسا السيارة لوحتها من {} وش عاصمتها | البحرين=BH; قطر=QA; الكويت=KW
petrol-night | اليكسا بعد ما اعبي قولي عاصمة {} | تركمانستان=TM; اوزبكستان=UZ; طاجيكستان=TJ
bosnian-students | اليكسا ما شاء الله زميلي الجديد من {} ما عاصمتها | كوسوفو=XK; البانيا=AL; الجبل الاسود=ME
stable-grooms | اليكسا الفرس فازت في {} وش عاصمتها | الامارات=AE; قطر=QA; فرنسا=FR
padel-players | اليكسا البطولة الجاية في {} وش عاصمتها | قطر=QA; ايطاليا=IT; السويد=SE
jakaro-night | اليكسا جاكارو اصلها من {} عاصمتها وش | الكويت=KW; السعودية=SA; البحرين=BH
class-quiz | اليكسا سؤال المكافاة عاصمة {} | كيريباتي=KI; توفالو=TV; ناورو=NR
abaya-shop | اليكسا الخرز جاي من {} وش عاصمتها | تايوان=TW; باكستان=PK; الصين=CN
mauritanian-students | اليكسا ذاك الطالب من {} شنهو عاصمتها | تشاد=TD; النيجر=NE; جيبوتي=DJ
kindergarten | اليكسا يا حلوين الفيل يعيش في {} وش عاصمتها | تايلاند=TH; سريلانكا=LK; كينيا=KE
korean-engineers | اليكسا مشروع جديد في {} عاصمة ايش شكرا | العراق=IQ; الكويت=KW; عمان=OM
shared-name | اليكسا عاصمة غينيا اللي جنب السنغال بيساو | GW
shared-name | اليكسا عاصمة الكونغو اللي عاصمتها على النهر الصغيرة | CG
shared-name | اليكسا عاصمة جمهورية الدومينيكان مو دومينيكا | DO
shared-name | اليكسا عاصمة كوريا اللي فيها سامسونج | KR
"""


if __name__ == "__main__":
    build_round(50, "ar", LINES, sys.argv, "tests/Eval/ar/round50/source/build_corpus.py")
