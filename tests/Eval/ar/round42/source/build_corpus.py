"""Round-42 Arabic evaluation corpus (locale ar-SA), written blind by the corpus54-ar helper (a new author, brief
WRITER54.md) at the start of the forty-eighth session. Every line was written by hand as one utterance said to an Echo
in Saudi Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces).
Speakers, chosen away from round 41's (Egyptian families in Riyadh, Kuwaiti and Bahraini causeway visitors, Iraqi
families in Arar, Maghrebi residents, football fans, young children in Dammam, coin collectors, cabin crew, news
watchers) and the round-40 groups it lists (Jeddah shopkeepers and Hijazi families, Taif rose farmers, falconers,
teenage gamers, Jordanian and Palestinian families, Madinah students, Western learners, truck drivers, a travel agency):
- Sudanese families in Riyadh: homework, relatives, a grandmother (`داير`، `شنو`، `ياتو`، `هسي`، `ياخ`، `يا زولة`، `عديل`، `ساي`),
- Yemeni shopkeepers in Jazan and Khamis Mushait: goods, customers, travel (`ايش`، `ذلحين`، `اشتي`، `حق`، `ابسري`، `قدك`، `با`),
- Syrian and Lebanese families in Jeddah: relatives abroad, exams, jobs (`شو`، `هلق`، `بدي`، `عنجد`، `تقبريني`، `منشان`، `هيدي`),
- Hajj and Umrah guides in Makkah: groups of pilgrims, forms, passports, Mina camps (`الفوج`، `الحملة`، `المطوف`، `دحين`),
- engineers in Dhahran code-switching with English (`الميتنق`، `الكونتراكتر`، `الشبمنت`، `البوس`، `الفندور`، `الديدلاين`),
- crossword and newspaper puzzle solvers (`افقي`، `عمودي`، `من خمس حروف`، `اللغز`),
- grandparents in Qassim, in Najdi speech (`يا بنيتي`، `علومك`، `وشلون`، `يالغالية`، `سبحان الله`),
- household helpers speaking Gulf pidgin Arabic (`انا في سؤال`، `حق`، `ماما يقول`، `انت معلوم`، `انا يبغى`),
- families playing Ramadan quiz nights after taraweeh (`المسابقة`، `الجايزة`، `الفريق`، `الغبقة`).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions, shared names bare and
told apart, plurals of every several-capital country and Palestine, official, everyday and old names, subdivisions
and territories, launches through the skill's name `عواصم العالم`, help, stop and cancel, and fallback lines (other
questions, other devices, "capital" in other senses, regions, historical states, fictional lands). Brief WRITER54.md.
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
# Sudanese families in Riyadh
sudanese-families | اليكسا داير اعرف عاصمة {} شنو | تشاد=TD; اريتريا=ER; اثيوبيا=ET
sudanese-families | اليكسا يا زولة عاصمة {} ياتا | جنوب السودان=SS; يوغندا=UG; كينيا=KE
sudanese-families | اليكسا الوليد بسال عاصمة {} هسي | رواندا=RW; بوروندي=BI; تنزانيا=TZ
sudanese-families | اليكسا حبوبة دايرة تعرف عاصمة {} وين | زامبيا=ZM; ملاوي=MW; موزمبيق=MZ
sudanese-families | اليكسا عاصمة {} ياتو مدينة ياخ | زيمبابوي=ZW; بوتسوانا=BW; ناميبيا=NA
sudanese-families | اليكسا خالي مسافر {} داير يعرف العاصمة عديل | انغولا=AO; افريقيا الوسطى=CF; النيجر=NE
sudanese-families | اليكسا كدي قولي لينا عاصمة {} | مالي=ML; بوركينا فاسو=BF; السنغال=SN
sudanese-families | اليكسا الناس ديل بقولوا عاصمة {} شنو | غينيا=GN; سيراليون=SL; ليبيريا=LR
sudanese-families | اليكسا ساي ورينا عاصمة {} | غامبيا=GM; توغو=TG; بنين=BJ
sudanese-families | اليكسا ناس البيت مختلفين في عاصمة {} | الغابون=GA; ليسوتو=LS; مدغشقر=MG
sudanese-families | اليكسا الاستاذ سال الوليد عن عاصمة {} ما عرفا | جزر القمر=KM; موريشيوس=MU; سيشل=SC
sudanese-families | اليكسا عاصمة {} شنو يا اخوانا | الكاميرون=CM; غينيا الاستوائية=GQ; ساو تومي=ST
sudanese-families | اليكسا انا ما متذكر عاصمة {} شديد | الرأس الاخضر=CV; غينيا بيساو=GW; موريتانيا=MR
sudanese-families | اليكسا ود عمي في {} ساكن في العاصمة اسمها شنو | قطر=QA; عمان=OM; البحرين=BH
# Yemeni shopkeepers in Jazan and Khamis Mushait
yemeni-shopkeepers | اليكسا ايش عاصمة {} ذلحين | الصومال=SO; جيبوتي=DJ; مصر=EG
yemeni-shopkeepers | اليكسا اشتي اعرف العاصمة حق {} | ماليزيا=MY; اندونيسيا=ID; بنغلاديش=BD
yemeni-shopkeepers | اليكسا البضاعة جت من {} ايش هي عاصمتهم | الصين=CN; فيتنام=VN; تايلند=TH
yemeni-shopkeepers | اليكسا ابسري لي عاصمة {} يا خبيرة | باكستان=PK; افغانستان=AF; ايران=IR
yemeni-shopkeepers | اليكسا الزبون حقنا من {} ايش عاصمة بلاده | اوزبكستان=UZ; طاجيكستان=TJ; تركمانستان=TM
yemeni-shopkeepers | اليكسا قدك تعرفي عاصمة {} | الكويت=KW; العراق=IQ; لبنان=LB
yemeni-shopkeepers | اليكسا بااسافر {} بعد العيد ايش عاصمتها | الهند=IN; سريلانكا=LK; نيبال=NP
yemeni-shopkeepers | اليكسا شوفي لي ايش اسم عاصمة {} | بوتان=BT; ميانمار=MM; لاوس=LA
yemeni-shopkeepers | اليكسا ماشي مو كذا عاصمة {} ايش بالضبط | كمبوديا=KH; منغوليا=MN; بروناي=BN
yemeni-shopkeepers | اليكسا ذي البن جاي من {} وعاصمتها ايش | كولومبيا=CO; البرازيل=BR; كوستاريكا=CR
yemeni-shopkeepers | اليكسا العسل هذا من {} ايش عاصمة ذي البلاد | نيوزيلندا=NZ; تركيا=TR; قيرغيزستان=KG
yemeni-shopkeepers | اليكسا يا اخت عاصمة {} ايش اسمها الله يحفظك | كازاخستان=KZ; اذربيجان=AZ; ارمينيا=AM
# Syrian and Lebanese families in Jeddah
levantine-families | اليكسا شو عاصمة {} هلق | اوكرانيا=UA; بيلاروسيا=BY; مولدوفا=MD
levantine-families | اليكسا بدي اعرف شو عاصمة {} | رومانيا=RO; بلغاريا=BG; هنغاريا=HU
levantine-families | اليكسا خبريني عنجد شو عاصمة {} | كرواتيا=HR; سلوفينيا=SI; صربيا=RS
levantine-families | اليكسا ابن عمي بالغربة ب{} شو عاصمتها | المانيا=DE; السويد=SE; النرويج=NO
levantine-families | اليكسا هيدي {} شو عاصمتها تقبريني | فرنسا=FR; بلجيكا=BE; سويسرا=CH
levantine-families | اليكسا منشان الوظيفة شو عاصمة {} | كندا=CA; استراليا=AU; ايرلندا=IE
levantine-families | اليكسا قديش صعبة عاصمة {} شو هي | ليختنشتاين=LI; لوكسمبورغ=LU; موناكو=MC
levantine-families | اليكسا امي عم تسأل شو عاصمة {} | اليونان=GR; قبرص=CY; مالطا=MT
levantine-families | اليكسا يلا قوليلي عاصمة {} | البرتغال=PT; اسبانيا=ES; اندورا=AD
levantine-families | اليكسا بتعرفي شو عاصمة {} | فنلندا=FI; الدنمارك=DK; ايسلندا=IS
levantine-families | اليكسا هاد السؤال بالامتحان شو عاصمة {} | استونيا=EE; لاتفيا=LV; ليتوانيا=LT
levantine-families | اليكسا خيي بيقول عاصمة {} مش هيك شو هي | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
levantine-families | اليكسا كتير بحب {} شو عاصمتها | ايطاليا=IT; النمسا=AT; سان مارينو=SM
levantine-families | اليكسا شو اسم العاصمة تبع {} | البوسنة والهرسك=BA; الجبل الاسود=ME; البانيا=AL
# Hajj and Umrah guides in Makkah
pilgrim-guides | اليكسا الفوج الجاي من {} ايش عاصمة بلدهم | نيجيريا=NG; غانا=GH; ساحل العاج=CI
pilgrim-guides | اليكسا الحجاج اللي جايين من {} عاصمتهم وش اسمها | الفلبين=PH; سنغافورة=SG; تيمور الشرقية=TL
pilgrim-guides | اليكسا ابغى اعرف عاصمة {} عشان استمارة الحملة | الجزائر=DZ; تونس=TN; ليبيا=LY
pilgrim-guides | اليكسا المعتمرين من {} يسألوني عن عاصمتهم ايش هي | المغرب=MA; السودان=SD; اليمن=YE
pilgrim-guides | اليكسا دحين عاصمة {} ايش | الاردن=JO; سوريا=SY; فلسطين=PS
pilgrim-guides | اليكسا في مخيم منى حجاج من {} ايش عاصمتهم | الجابون=GA; الكونغو برازافيل=CG; الكونغو الديمقراطية=CD
pilgrim-guides | اليكسا المطوف يسأل عن عاصمة {} كدا بسرعة | البوسنة=BA; كوسوفو=XK; مقدونيا الشمالية=MK
pilgrim-guides | اليكسا الجوازات كاتبين عاصمة {} غلط ايش الصح | جزر المالديف=MV; بروناي دار السلام=BN; سورينام=SR
pilgrim-guides | اليكسا حجاجنا من {} ودي اعرف عاصمتهم | غيانا=GY; ترينيداد وتوباغو=TT; جنوب افريقيا=ZA
pilgrim-guides | اليكسا التفويج بكرة لحجاج {} وش عاصمة ديرتهم | روسيا=RU; الشيشان=FB; اذربيجان=AZ
# Aramco engineers in Dhahran
aramco-engineers | اليكسا عندي ميتنق مع ناس من {} وش عاصمتهم | النرويج=NO; هولندا=NL; اسكتلندا=GB-SCT
aramco-engineers | اليكسا الكونتراكتر من {} ابي اعرف العاصمة حقتهم | كوريا الجنوبية=KR; اليابان=JP; الهند=IN
aramco-engineers | اليكسا الشبمنت طالع من {} وش عاصمتها الحين | سنغافورة=SG; الصين الشعبية=CN; المكسيك=MX
aramco-engineers | اليكسا البوس مسافر {} لبروجكت وش العاصمة | فنزويلا=VE; الاكوادور=EC; بيرو=PE
aramco-engineers | اليكسا الفندور حقنا في {} عاصمتها وش | الارجنتين=AR; تشيلي=CL; بوليفيا=BO
aramco-engineers | اليكسا قبل الكول مع فريق {} وش عاصمتهم | الولايات المتحدة=US; بريطانيا=GB; كندا=CA
aramco-engineers | اليكسا بعد الشفت ابي اعرف عاصمة {} | اوروغواي=UY; باراغواي=PY; بنما=PA
aramco-engineers | اليكسا الايميل جاي من اوفيس {} وين العاصمة حقتهم | نيكاراغوا=NI; هندوراس=HN; غواتيمالا=GT
aramco-engineers | اليكسا الديدلاين قرب وانا ابي عاصمة {} للتقرير | السلفادور=SV; بليز=BZ; كوبا=CU
aramco-engineers | اليكسا اللي يشغل الريق في {} وش عاصمة ذي الدولة | نيجيريا=NG; انغولا=AO; غينيا الاستوائية=GQ
aramco-engineers | اليكسا كوليق جديد من {} عاصمتهم وش اسمها | جامايكا=JM; هايتي=HT; الدومينيكان=DO
# Crossword and puzzle solvers
crossword-solvers | اليكسا الكلمات المتقاطعة تقول عاصمة {} وش هي | فيجي=FJ; ساموا=WS; تونغا=TO
crossword-solvers | اليكسا افقي عاصمة {} من خمس حروف | بيرو=PE; كوبا=CU; كينيا=KE
crossword-solvers | اليكسا عمودي ثلاثة عاصمة {} ايش | توفالو=TV; ناورو=NR; بالاو=PW
crossword-solvers | اليكسا في الجريدة سؤال عاصمة {} ساعديني | كيريباتي=KI; جزر مارشال=MH; ميكرونيزيا=FM
crossword-solvers | اليكسا لغز اليوم عاصمة {} وش تكون | فانواتو=VU; جزر سليمان=SB; بابوا غينيا الجديدة=PG
crossword-solvers | اليكسا الحرف الاول باء عاصمة {} | المجر=HU; صربيا=RS; سلوفاكيا=SK
crossword-solvers | اليكسا المربع الاخير ناقص عاصمة {} | باربادوس=BB; غرينادا=GD; سانت لوسيا=LC
crossword-solvers | اليكسا مسابقة الجريدة عاصمة {} بالعربي ايش | سانت كيتس ونيفيس=KN; سانت فنسنت والغرينادين=VC; دومينيكا=DM
crossword-solvers | اليكسا حل لي عاصمة {} ضروري للغز | انتيغوا وباربودا=AG; جزر البهاما=BS; سانت فنسنت=VC
crossword-solvers | اليكسا ابحث لي عن عاصمة {} للشبكة | اريتريا=ER; اثيوبيا=ET; جيبوتي=DJ
# Grandparents in Qassim
qassim-grandparents | اليكسا يا بنيتي وش عاصمة {} | الكويت=KW; قطر=QA; الامارات=AE
qassim-grandparents | اليكسا علومك عطيني عاصمة {} | مصر=EG; ليبيا=LY; تونس=TN
qassim-grandparents | اليكسا الله يرحم والديك وش هي عاصمة {} | باكستان=PK; بنغلادش=BD; افغانستان=AF
qassim-grandparents | اليكسا ولدي راح {} يدرس وش عاصمتها | امريكا=US; بريطانيا العظمى=GB; استراليا=AU
qassim-grandparents | اليكسا هاذي {} اللي بالاخبار وش عاصمتها | اوكرانيا=UA; روسيا=RU; سوريا=SY
qassim-grandparents | اليكسا يالغالية عاصمة {} ذكريني فيها | المغرب=MA; الجزائر=DZ; موريتانيا=MR
qassim-grandparents | اليكسا العيال يسألون عن عاصمة {} وانا ناسي | تركيا=TR; ايران=IR; العراق=IQ
qassim-grandparents | اليكسا ابوي كان يقول عاصمة {} وش هي | الحبشة=ET; الهند=IN; اليمن=YE
qassim-grandparents | اليكسا سبحان الله ما عاد اذكر عاصمة {} | الاردن=JO; لبنان=LB; فلسطين=PS
qassim-grandparents | اليكسا وشلون اقول عاصمة {} | السعودية=SA; عمان=OM; البحرين=BH
# Household helpers speaking Gulf pidgin Arabic
household-helpers | اليكسا انا في سؤال عاصمة حق {} ايش | سريلانكا=LK; الفلبين=PH; اندونيسيا=ID
household-helpers | اليكسا ماما يقول عاصمة {} انت معلوم | اثيوبيا=ET; كينيا=KE; اوغندا=UG
household-helpers | اليكسا بلد حق انا {} عاصمة ايش اسم | نيبال=NP; بنغلاديش=BD; الهند=IN
household-helpers | اليكسا بابا سوال عاصمة {} كم اسم | ميانمار=MM; فيتنام=VN; تايلاند=TH
household-helpers | اليكسا انا ما في معلوم عاصمة {} انت قول | غانا=GH; نيجيريا=NG; الكاميرون=CM
household-helpers | اليكسا صديق حق انا روح {} عاصمة ايش | لبنان=LB; الاردن=JO; قبرص=CY
household-helpers | اليكسا بليز عاصمة {} قول شوي شوي | سيراليون=SL; ليبيريا=LR; اوغندا=UG
household-helpers | اليكسا انا يبغى يعرف عاصمة {} | مدغشقر=MG; موريشيوس=MU; جزر القمر=KM
# Ramadan family quiz nights
ramadan-quiz | اليكسا بعد التراويح المسابقة عاصمة {} كم نقطة وش الجواب | الدنمارك=DK; النمسا=AT; بلجيكا=BE
ramadan-quiz | اليكسا فريق خالي يقول عاصمة {} وش الصح | اسبانيا=ES; البرتغال=PT; ايطاليا=IT
ramadan-quiz | اليكسا سؤال الجايزة عاصمة {} | الارجنتين=AR; البرازيل=BR; المكسيك=MX
ramadan-quiz | اليكسا حكم المسابقة انتي وش عاصمة {} | السويد=SE; فنلندا=FI; ايسلندا=IS
ramadan-quiz | اليكسا عمتي تتحدانا عاصمة {} | منغوليا=MN; كوريا الشمالية=KP; كوريا الجنوبية=KR
ramadan-quiz | اليكسا السؤال الجاي عاصمة {} بسرعة قبل الاذان | زامبيا=ZM; زيمبابوي=ZW; تنزانيا=TZ
ramadan-quiz | اليكسا بنات عمي غلبونا في عاصمة {} وش هي | اليابان=JP; الصين=CN; كمبوديا=KH
ramadan-quiz | اليكسا سؤال بعد السحور عاصمة {} | تشاد=TD; النيجر=NE; مالي=ML
ramadan-quiz | اليكسا اخر سؤال في الغبقة عاصمة {} | رواندا=RW; بوروندي=BI; جنوب السودان=SS
# Subdivisions
subdivision | اليكسا عاصمة ولاية {} الامريكية وش هي | الاباما=US-AL; الاسكا=US-AK; اريزونا=US-AZ
subdivision | اليكسا ولدي مبتعث في {} وش عاصمة الولاية | اركنساس=US-AR; كاليفورنيا=US-CA; كولورادو=US-CO
subdivision | اليكسا اشتي اعرف عاصمة ولاية {} | كونيتيكت=US-CT; ديلاوير=US-DE; فلوريدا=US-FL
subdivision | اليكسا شو عاصمة ولاية {} بامريكا | هاواي=US-HI; ايداهو=US-ID; الينوي=US-IL
subdivision | اليكسا البعثة حقتي في {} ابي عاصمة الولاية | انديانا=US-IN; ايوا=US-IA; كانساس=US-KS
subdivision | اليكسا داير اعرف عاصمة ولاية {} ياخ | كنتاكي=US-KY; لويزيانا=US-LA; ولاية مين=US-ME
subdivision | اليكسا عاصمة {} الولاية مو المدينة | ماريلاند=US-MD; ماساتشوستس=US-MA; ميشيغان=US-MI
subdivision | اليكسا عاصمة ولاية {} من كم حرف وش هي | مينيسوتا=US-MN; مسيسيبي=US-MS; ميزوري=US-MO
subdivision | اليكسا الكونتراكتر الامريكي من {} وش عاصمة ولايته | مونتانا=US-MT; نبراسكا=US-NE; نيفادا=US-NV
subdivision | اليكسا يا بنيتي وش عاصمة ولاية {} | نيوهامبشر=US-NH; نيوجيرسي=US-NJ; نيو مكسيكو=US-NM
subdivision | اليكسا مو المدينة الكبيرة ابي عاصمة ولاية {} | نيويورك=US-NY; تكساس=US-TX; بنسلفانيا=US-PA
subdivision | اليكسا عاصمة {} اللي في امريكا | كارولاينا الشمالية=US-NC; داكوتا الشمالية=US-ND; اوهايو=US-OH
subdivision | اليكسا ولاية {} عاصمتها وش يا شيخة | اوكلاهوما=US-OK; اوريغون=US-OR; رود ايلاند=US-RI
subdivision | اليكسا بدي عاصمة ولاية {} لو سمحتي | كارولاينا الجنوبية=US-SC; داكوتا الجنوبية=US-SD; تينيسي=US-TN
subdivision | اليكسا انا ساكن في {} زمان وش كانت عاصمة الولاية | يوتا=US-UT; فيرمونت=US-VT; فرجينيا=US-VA
subdivision | اليكسا عاصمة ولاية {} اللي فوق | واشنطن=US-WA; ويسكونسن=US-WI; وايومنغ=US-WY
subdivision | اليكسا بنتي تدرس في {} وش عاصمة ذي الولاية | فرجينيا الغربية=US-WV; ولاية جورجيا=US-GA; ولاية واشنطن=US-WA
subdivision | اليكسا عاصمة مقاطعة {} الكندية | البرتا=CA-AB; كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB
subdivision | اليكسا اخوي مهاجر {} في كندا وش عاصمة المقاطعة | نيو برونزويك=CA-NB; نوفا سكوشا=CA-NS; اونتاريو=CA-ON
subdivision | اليكسا شو عاصمة {} بكندا | كيبيك=CA-QC; ساسكاتشوان=CA-SK; جزيرة الامير ادوارد=CA-PE
subdivision | اليكسا عاصمة اقليم {} في كندا | يوكون=CA-YT; نونافوت=CA-NU; الاقاليم الشمالية الغربية=CA-NT
subdivision | اليكسا وش عاصمة {} الكندية | نيوفاوندلاند=CA-NL; نيوفاوندلاند ولابرادور=CA-NL; مقاطعة اونتاريو=CA-ON
subdivision | اليكسا عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فكتوريا=AU-VIC; نيو ساوث ويلز=AU-NSW
subdivision | اليكسا الطالب المبتعث في {} يسأل عن عاصمة الولاية | تاسمانيا=AU-TAS; جنوب استراليا=AU-SA; غرب استراليا=AU-WA
subdivision | اليكسا عاصمة {} في استراليا وش هي | الاقليم الشمالي=AU-NT; اقليم العاصمة الاسترالية=AU-ACT; استراليا الغربية=AU-WA
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرالا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا العامل عندنا من {} ايش عاصمة ولايته | اندرا براديش=IN-AP; تيلانغانا=IN-TS; ماهاراشترا=IN-MH
subdivision | اليكسا بلد حق انا الهند ولاية {} عاصمة ايش | البنغال الغربية=IN-WB; بيهار=IN-BR; اوديشا=IN-OD
subdivision | اليكسا شو عاصمة ولاية {} بالهند | البنجاب الهندية=IN-PB; راجستان=IN-RJ; غوجارات=IN-GJ
subdivision | اليكسا عاصمة {} الهندية وش اسمها | اوتار براديش=IN-UP; ماديا براديش=IN-MP; اسام=IN-AS
subdivision | اليكسا عاصمة ولاية {} شمال الهند | هيماشال براديش=IN-HP; هاريانا=IN-HR; جهارخاند=IN-JH
subdivision | اليكسا ابي اعرف عاصمة ولاية {} في الهند | غوا=IN-GA; سيكيم=IN-SK; ميزورام=IN-MZ
subdivision | اليكسا عاصمة {} في الشرق الهندي | مانيبور=IN-MN; ناغالاند=IN-NL; تريبورا=IN-TR
subdivision | اليكسا عاصمة اقليم {} الهندي | لاداخ=IN-LA; جامو وكشمير=IN-JK; دلهي=IN-DL
subdivision | اليكسا عاصمة ولاية {} الالمانية | بافاريا=DE-BY; ساكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا ابن عمي بالمانيا ساكن ب{} شو عاصمة الولاية | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; ساكسونيا السفلى=DE-NI
subdivision | اليكسا عاصمة ولاية {} في المانيا | تورينغن=DE-TH; براندنبورغ=DE-BB; شليسفيغ هولشتاين=DE-SH
subdivision | اليكسا وش عاصمة {} الالمانية | راينلاند بفالز=DE-RP; سارلاند=DE-SL; ساكسونيا انهالت=DE-ST
subdivision | اليكسا عاصمة ولاية {} البرازيلية | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; باهيا=BR-BA
subdivision | اليكسا اللاعب البرازيلي من {} وش عاصمة ولايته | ميناس جيرايس=BR-MG; بيرنامبوكو=BR-PE; سيارا=BR-CE
subdivision | اليكسا عاصمة {} في البرازيل | امازوناس=BR-AM; بارا=BR-PA; ريو غراندي دو سول=BR-RS
subdivision | اليكسا ولاية {} البرازيلية عاصمتها ايش | بارانا=BR-PR; سانتا كاتارينا=BR-SC; غوياس=BR-GO
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; نويفو ليون=MX-NLE; يوكاتان=MX-YUC
subdivision | اليكسا عاصمة {} في المكسيك وش هي | كينتانا رو=MX-ROO; واهاكا=MX-OAX; بويبلا=MX-PUE
subdivision | اليكسا المكسيك ولاية {} عاصمتها ايش | تشيواوا=MX-CHH; سونورا=MX-SON; باخا كاليفورنيا=MX-BCN
subdivision | اليكسا شنو عاصمة ولاية {} | فيراكروز=MX-VER; غيريرو=MX-GRO; تشياباس=MX-CHP
subdivision | اليكسا عاصمة {} البريطانية | ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR; انجلترا=GB-ENG
subdivision | اليكسا عاصمة {} داخل بريطانيا | سكوتلندا=GB-SCT; مقاطعة ويلز=GB-WLS; انقلترا=GB-ENG
# Territories
territory | اليكسا عاصمة جزيرة {} وش هي | غرينلاند=GL; جزر فارو=FO; بورتوريكو=PR
territory | اليكسا عاصمة {} التابعة لفرنسا | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
territory | اليكسا عاصمة جزيرة {} الفرنسية | المارتينيك=MQ; غوادلوب=GP; ريونيون=RE
territory | اليكسا عاصمة {} التابعة لبريطانيا | جبل طارق=GI; برمودا=BM; جزر فوكلاند=FK
territory | اليكسا ايش عاصمة جزر {} | كايمان=KY; تركس وكايكوس=TC; كوك=CK
territory | اليكسا عاصمة {} الصينية | هونغ كونغ=HK; ماكاو=MO; منطقة ماكاو=MO
territory | اليكسا شو عاصمة {} | جزيرة مان=IM; جيرسي=JE; غيرنزي=GG
territory | اليكسا عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سينت مارتن=SX
territory | اليكسا عاصمة {} الامريكية وش هي | غوام=GU; ساموا الامريكية=AS; جزر ماريانا الشمالية=MP
territory | اليكسا المعتمر من {} يسأل عن عاصمتهم | جزيرة مايوت=YT; تايوان=TW; الصحراء الغربية=EH
territory | اليكسا عاصمة جزيرة {} في المحيط | سانت هيلينا=SH; بيتكيرن=PN; جزيرة نورفولك=NF
territory | اليكسا عاصمة جزيرة {} الاسترالية | كريسماس=CX; جزر كوكوس=CC; نورفوك=NF
territory | اليكسا في سؤال عاصمة {} ايش | نييوي=NU; توكيلاو=TK; واليس وفوتونا=WF
territory | اليكسا عاصمة {} الشمالية | سفالبارد=SJ; جزر اولاند=AX; غرينلاند الدنماركية=GL
territory | اليكسا عاصمة {} الصغيرة | سان بيير وميكلون=PM; سان بارتيلمي=BL; انغويلا=AI
territory | اليكسا وش عاصمة {} يا اليكسا | مونتسيرات=MS; جزر العذراء البريطانية=VG; جزر العذراء الامريكية=VI
territory | اليكسا عاصمة {} اذا فيه عاصمة | انتاركتيكا=AQ; القارة القطبية الجنوبية=AQ; جورجيا الجنوبية=GS
territory | اليكسا عاصمة {} الفرنسية | سان مارتن=MF; الاقاليم الجنوبية الفرنسية=TF; اقليم المحيط الهندي البريطاني=IO
territory | اليكسا عاصمة {} الكاريبية | بونير=BQ; هولندا الكاريبية=BQ; جزيرة اروبا=AW
# Follow-ups
follow-up | و{} | المالديف=MV; سيشل=SC; موريشيوس=MU
follow-up | طيب و{} يا اليكسا | نيكاراغوا=NI; كوستاريكا=CR; بنما=PA
follow-up | وعاصمة {} بعد | فيجي=FJ; ساموا=WS; تونغا=TO
follow-up | اليكسا وبالنسبة ل{} | المانيا=DE; النمسا=AT; سويسرا=CH
follow-up | زين و{} وش عاصمتها | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
follow-up | اوكي واللي جنبها {} | اوروغواي=UY; باراغواي=PY; بوليفيا=BO
follow-up | و{} شنو | اريتريا=ER; جيبوتي=DJ; الصومال=SO
follow-up | طب و{} ايه | الاردن=JO; لبنان=LB; سوريا=SY
follow-up | و{} كمان | الجبل الاسود=ME; البانيا=AL; كوسوفو=XK
follow-up | نفس الشي ل{} | الكاميرون=CM; الغابون=GA; تشاد=TD
follow-up | ايوه و{} هلق | لاتفيا=LV; ليتوانيا=LT; استونيا=EE
follow-up | ماشي وبعدها {} | بروناي=BN; تيمور الشرقية=TL; الفلبين=PH
follow-up | و{} يا بنيتي | الكويت=KW; البحرين=BH; قطر=QA
follow-up | طيب و{} عاصمتها | غانا=GH; توغو=TG; بنين=BJ
follow-up | هيه و{} | مالي=ML; النيجر=NE; بوركينا فاسو=BF
follow-up | ممتاز و{} | ايسلندا=IS; ايرلندا=IE; مالطا=MT
follow-up | و{} اللي جنبها | زامبيا=ZM; ملاوي=MW; موزمبيق=MZ
follow-up | والسؤال الثاني {} | قيرغيزستان=KG; طاجيكستان=TJ; تركمانستان=TM
follow-up | طيب اكملي و{} | هايتي=HT; جامايكا=JM; كوبا=CU
follow-up | وولاية {} | اوهايو=US-OH; تكساس=US-TX; فلوريدا=US-FL
follow-up | ومقاطعة {} | كيبك=CA-QC; اونتاريو=CA-ON; البرتا=CA-AB
follow-up | وعن {} | ناورو=NR; توفالو=TV; كيريباتي=KI
follow-up | حلو و{} يا حلوة | الارجنتين=AR; تشيلي=CL; الاكوادور=EC
follow-up | و{} عاد | رواندا=RW; بوروندي=BI; اوغندا=UG
# Plural capitals
plural-capitals | اليكسا ايش هي عواصم جنوب افريقيا الثلاث | ZA
plural-capitals | اليكسا كم عاصمة عند جنوب افريقيا وش هي | ZA
plural-capitals | اليكسا بوليفيا عندها عاصمتين صح وش هم | BO
plural-capitals | اليكسا عواصم بوليفيا شو هني | BO
plural-capitals | اليكسا عاصمتين ماليزيا ايش | MY
plural-capitals | اليكسا ماليزيا كم عاصمة لها | MY
plural-capitals | اليكسا عواصم هولندا الاثنين | NL
plural-capitals | اليكسا هولندا لها عاصمتين ولا وحدة | NL
plural-capitals | اليكسا عواصم سريلانكا وش هي | LK
plural-capitals | اليكسا سريلانكا عندها كم عاصمة يا زولة | LK
plural-capitals | اليكسا بنين فيها عاصمتين شنو هم | BJ
plural-capitals | اليكسا عواصم دولة بنين | BJ
plural-capitals | اليكسا ساحل العاج عاصمتها الرسمية والاقتصادية ايش | CI
plural-capitals | اليكسا عاصمتي كوت ديفوار | CI
plural-capitals | اليكسا اسواتيني عندها عاصمتين ايش هم | SZ
plural-capitals | اليكسا عواصم سوازيلاند | SZ
plural-capitals | اليكسا فلسطين عاصمتها القدس ولا رام الله ولا الثنتين | PS
plural-capitals | اليكسا عواصم فلسطين | PS
plural-capitals | اليكسا ولاية جامو وكشمير لها عاصمتين ايش هم | IN-JK
plural-capitals | اليكسا اوتاراخاند عندها عاصمتين صيفية وشتوية | IN-UK
plural-capitals | اليكسا مونتسيرات كم عاصمة عندها | MS
plural-capitals | اليكسا الدول اللي عندها اكثر من عاصمة جنوب افريقيا وش عواصمها | ZA
# Yes/no checks
yes-no-check | اليكسا عاصمة كندا تورونتو صح | CA
yes-no-check | اليكسا هي عاصمة تركيا اسطنبول ولا لا | TR
yes-no-check | اليكسا صحيح ان عاصمة استراليا سيدني | AU
yes-no-check | اليكسا عاصمة البرازيل ريو مش هيك | BR
yes-no-check | اليكسا عاصمة نيجيريا لاغوس ولا ابوجا | NG
yes-no-check | اليكسا هل عاصمة المغرب الدار البيضاء | MA
yes-no-check | اليكسا عاصمة باكستان كراتشي يا زولة صاح | PK
yes-no-check | اليكسا عاصمة سويسرا زيورخ ولا جنيف | CH
yes-no-check | اليكسا اتوقع عاصمة نيوزيلندا اوكلاند صح ولا غلط | NZ
yes-no-check | اليكسا عاصمة فيتنام هوشي منه صح | VN
yes-no-check | اليكسا ماما يقول عاصمة الفلبين مانيلا صح | PH
yes-no-check | اليكسا عاصمة كازاخستان الماتي ولا تغيرت | KZ
yes-no-check | اليكسا عاصمة تنزانيا دار السلام صح ولا دودوما | TZ
yes-no-check | اليكسا عاصمة ميانمار رانغون لسا | MM
yes-no-check | اليكسا عاصمة الهند بومباي صح | IN
yes-no-check | اليكسا عاصمة المانيا برلين اكيد صح | DE
yes-no-check | اليكسا عاصمة ايطاليا ميلانو ولا روما | IT
yes-no-check | اليكسا عاصمة الاكوادور غواياكيل صح | EC
yes-no-check | اليكسا عاصمة بوروندي بوجمبورا لسه | BI
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان ولا لا | CI
yes-no-check | اليكسا عاصمة الامارات دبي صح | AE
yes-no-check | اليكسا عاصمة ولاية نيويورك نيويورك نفسها | US-NY
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة ولاية فلوريدا ميامي ولا لا | US-FL
yes-no-check | اليكسا عاصمة اسكتلندا غلاسكو صح | GB-SCT
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح ولا انا غلطان | DE-BY
yes-no-check | اليكسا عاصمة كيرالا كوتشي صح | IN-KL
yes-no-check | اليكسا عاصمة اليمن صنعاء صح ولا عدن | YE
yes-no-check | اليكسا عاصمة الكاميرون دوالا صح | CM
yes-no-check | اليكسا عاصمة بنغلاديش دكا صح ولا شيتاغونغ | BD
yes-no-check | اليكسا عاصمة البوسنة سراييفو اكيد | BA
yes-no-check | اليكسا عاصمة كوريا الجنوبية بوسان يا بنيتي | KR
yes-no-check | اليكسا عاصمة كولومبيا ميديين صح | CO
yes-no-check | اليكسا عاصمة بيلاروس مينسك مو كذا | BY
yes-no-check | اليكسا عاصمة ليبيا بنغازي ولا طرابلس | LY
yes-no-check | اليكسا عاصمة غينيا الاستوائية مالابو لسا ولا نقلوها | GQ
# Self-corrections
self-correction | اليكسا عاصمة النمسا لا لا قصدي استراليا | AU
self-correction | اليكسا عاصمة السويد امم لا سويسرا | CH
self-correction | اليكسا عاصمة غينيا اقصد غينيا بيساو | GW
self-correction | اليكسا عاصمة النيجر لا نيجيريا | NG
self-correction | اليكسا عاصمة سلوفينيا عفوا سلوفاكيا | SK
self-correction | اليكسا عاصمة ايران لا العراق | IQ
self-correction | اليكسا عاصمة ماليزيا لا استني مالي | ML
self-correction | اليكسا عاصمة غامبيا لا زامبيا | ZM
self-correction | اليكسا عاصمة اوروغواي ياخ قصدي باراغواي | PY
self-correction | اليكسا عاصمة لاتفيا لا غلطت ليتوانيا | LT
self-correction | اليكسا عاصمة موريتانيا اه لا موريشيوس | MU
self-correction | اليكسا عاصمة كولومبيا لا لحظة كمبوديا | KH
self-correction | اليكسا عاصمة الكونغو الديمقراطية لا قصدي الكونغو برازافيل | CG
self-correction | اليكسا عاصمة ارمينيا لا لا البانيا | AL
self-correction | اليكسا عاصمة تونس ما بدي تونس بدي تركيا | TR
self-correction | اليكسا عاصمة ساو تومي لا سانت لوسيا | LC
self-correction | اليكسا عاصمة تايوان اسفة تايلند | TH
self-correction | اليكسا عاصمة النرويج اوه قصدي الدنمارك | DK
self-correction | اليكسا عاصمة الهند امم باكستان | PK
self-correction | اليكسا عاصمة بوليفيا لا بليز | BZ
self-correction | اليكسا عاصمة تكساس لا خليها اوكلاهوما | US-OK
self-correction | اليكسا عاصمة ساكسونيا لا ساكسونيا السفلى | DE-NI
self-correction | اليكسا عاصمة كوينزلاند اقصد تاسمانيا | AU-TAS
self-correction | اليكسا عاصمة ايرلندا لا ايرلندا الشمالية | GB-NIR
self-correction | اليكسا عاصمة جامايكا لا مو جامايكا هايتي | HT
self-correction | اليكسا عاصمة النيبال او بوتان بوتان | BT
self-correction | اليكسا عاصمة فنلندا قلت فنلندا لا ايسلندا | IS
self-correction | اليكسا عاصمة اسبانيا لا البرتغال سوري | PT
self-correction | اليكسا عاصمة سيراليون ولا خلاص ليبيريا | LR
self-correction | اليكسا عاصمة اوغندا اه قصدي رواندا | RW
self-correction | اليكسا عاصمة موزمبيق مو موزمبيق ملاوي | MW
self-correction | اليكسا عاصمة دومينيكا لا جمهورية الدومينيكان | DO
# Reverse questions
reverse-question | اليكسا انقرة عاصمة اي دولة | CITY:أنقرة
reverse-question | اليكسا اوسلو عاصمة وين | CITY:أوسلو
reverse-question | اليكسا كانبرا عاصمة ايش | CITY:كانبرا
reverse-question | اليكسا برازيليا عاصمة شنو | CITY:برازيليا
reverse-question | اليكسا اوتاوا عاصمة اي بلد | CITY:أوتاوا
reverse-question | اليكسا نيروبي هي عاصمة مين | CITY:نيروبي
reverse-question | اليكسا باماكو عاصمة ياتو دولة | CITY:باماكو
reverse-question | اليكسا تبليسي تبع اي دولة | CITY:تبليسي
reverse-question | اليكسا عشق اباد عاصمة وش | CITY:عشق آباد
reverse-question | اليكسا ويندهوك عاصمة اي بلد | CITY:ويندهوك
reverse-question | اليكسا كاتماندو عاصمة وين | CITY:كاتماندو
reverse-question | اليكسا هراري عاصمة ايش اسم البلد | CITY:هراري
reverse-question | اليكسا ليوبليانا في اي دولة عاصمة | CITY:ليوبليانا
reverse-question | اليكسا فادوز عاصمة مين | CITY:فادوز
reverse-question | اليكسا تيمفو عاصمة اي دولة | CITY:تيمفو
reverse-question | اليكسا نواكشوط عاصمة شو | CITY:نواكشوط
reverse-question | اليكسا سكوبي عاصمة اي بلد | CITY:سكوبي
reverse-question | اليكسا بريشتينا عاصمة وش | CITY:بريشتينا
reverse-question | اليكسا مونتيفيديو عاصمة اي دولة | CITY:مونتيفيديو
reverse-question | اليكسا تيغوسيغالبا عاصمة مين | CITY:تيغوسيغالبا
reverse-question | اليكسا ساكرامنتو عاصمة اي ولاية | CITY:ساكرامنتو
reverse-question | اليكسا هاريسبرغ عاصمة ايش | CITY:هاريسبرغ
reverse-question | اليكسا ادمونتون عاصمة اي مقاطعة | CITY:إدمونتون
reverse-question | اليكسا بيرث عاصمة اي ولاية | CITY:بيرث
reverse-question | اليكسا كارديف عاصمة وش | CITY:كارديف
reverse-question | اليكسا نوك عاصمة ايش | CITY:نوك
reverse-question | اليكسا فيكتوريا عاصمة ايش | CITY:فيكتوريا
reverse-question | اليكسا جورج تاون عاصمة اي مكان | CITY:جورج تاون
reverse-question | اليكسا كينغستون عاصمة وين | CITY:كينغستون
reverse-question | اليكسا بريتوريا عاصمة اي دولة | CITY:بريتوريا
reverse-question | اليكسا لاهاي عاصمة مين بالضبط | CITY:لاهاي
reverse-question | اليكسا جوبا عاصمة ياتو بلد | CITY:جوبا
reverse-question | اليكسا بلموبان عاصمة اي دولة | CITY:بلموبان
reverse-question | اليكسا تايبيه عاصمة ايش | CITY:تايبيه
reverse-question | اليكسا ماجورو عاصمة وين | CITY:ماجورو
# Official names
official-name | اليكسا عاصمة {} | المملكة المغربية=MA; الجمهورية التونسية=TN; دولة الكويت=KW
official-name | اليكسا وش عاصمة {} | سلطنة عمان=OM; مملكة البحرين=BH; دولة قطر=QA
official-name | اليكسا ايش عاصمة {} بالاسم الرسمي | الجمهورية اليمنية=YE; جمهورية مصر العربية=EG; جمهورية العراق=IQ
official-name | اليكسا عاصمة {} شو | الجمهورية اللبنانية=LB; دولة فلسطين=PS; الجمهورية الجزائرية الديمقراطية الشعبية=DZ
official-name | اليكسا عاصمة {} الرسمية | جمهورية الصين الشعبية=CN; الولايات المتحدة الامريكية=US; المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية=GB
official-name | اليكسا ابي عاصمة {} | جمهورية المانيا الاتحادية=DE; الجمهورية الفرنسية=FR; مملكة اسبانيا=ES
official-name | اليكسا داير عاصمة {} | جمهورية السودان=SD; جمهورية جنوب السودان=SS; جمهورية تشاد=TD
official-name | اليكسا عاصمة {} وش اسمها | مملكة تايلاند=TH; جمهورية الهند=IN; جمهورية باكستان الاسلامية=PK
official-name | اليكسا بالاسم الرسمي {} عاصمتها ايش | جمهورية ايران الاسلامية=IR; امارة افغانستان الاسلامية=AF; جمهورية كازاخستان=KZ
official-name | اليكسا عاصمة {} لو سمحت | مملكة هولندا=NL; مملكة بلجيكا=BE; دوقية لوكسمبورغ الكبرى=LU
official-name | اليكسا الاسم الطويل {} عاصمتها وش | جمهورية الكونغو الديمقراطية=CD; جمهورية افريقيا الوسطى=CF; جمهورية غينيا الاستوائية=GQ
official-name | اليكسا عاصمة {} ايش هي | مملكة النرويج=NO; مملكة السويد=SE; مملكة الدنمارك=DK
official-name | اليكسا شو عاصمة {} الرسمية | الاتحاد السويسري=CH; جمهورية النمسا=AT; امارة موناكو=MC
official-name | اليكسا عاصمة {} في الاوراق الرسمية | ولايات ميكرونيزيا المتحدة=FM; جمهورية فانواتو=VU; مملكة تونغا=TO
official-name | اليكسا عاصمة {} يا خبيرة | جمهورية اتحاد ميانمار=MM; جمهورية لاو الديمقراطية الشعبية=LA; جمهورية كوريا الشعبية الديمقراطية=KP
official-name | اليكسا عاصمة {} بالرسمي | جمهورية كوريا=KR; الولايات المتحدة المكسيكية=MX; جمهورية البرازيل الاتحادية=BR
official-name | اليكسا عاصمة {} ابي اكتبها في الفورم | جمهورية فنزويلا البوليفارية=VE; جمهورية الارجنتين=AR; جمهورية تشيلي=CL
# Everyday names
everyday-name | اليكسا قولي عاصمة {} | بلاد العم سام=US; الصين الشعبية=CN; بلاد الشام=FB
everyday-name | اليكسا يا حلوة وش عاصمة {} | بلاد الكنانة=EG; ارض الكنانة=EG; تونس الخضراء=TN
everyday-name | اليكسا العاصمة حقت {} وش اسمها | بلاد الشمس المشرقة=JP; بلاد الكيوي=NZ; بلاد النار والجليد=IS
everyday-name | اليكسا شو عاصمة {} يا حلوة | سويسرا الشرق=LB; بلاد الارز=LB; بلاد الياسمين=SY
everyday-name | اليكسا ايش عاصمة {} | بلاد المليون شهيد=DZ; بلاد شنقيط=MR; بلاد المغرب الاقصى=MA
everyday-name | اليكسا عاصمة {} يا زولة | السودان الشقيق=SD; بلاد الصومال=SO; القرن الافريقي=FB
everyday-name | اليكسا عاصمة {} الله يحفظك | ام الدنيا=EG; بلاد الخليج=FB; الامارات السبع=AE
everyday-name | اليكسا عاصمة {} وش هي يا بنيتي | بلاد الانجليز=GB; بلاد الالمان=DE; بلاد الروس=RU
everyday-name | اليكسا عاصمة {} شو اسمها | بلاد التانغو=AR; بلاد السامبا=BR; بلاد الكنغر=AU
everyday-name | اليكسا عاصمة {} ايش تكون | بلاد جنكيز خان=MN; بلاد الفايكنغ=NO; بلاد الزهور=NL
everyday-name | اليكسا عاصمة {} بالعامية | هولاندا=NL; النمسه=AT; بلجيك=BE
everyday-name | اليكسا عاصمة {} بسرعة | امريكا اللاتينية=FB; بريطانيا=GB; انقلترا=GB-ENG
everyday-name | اليكسا عاصمة {} اللي الناس تقول عليها | الهولندا=NL; الصين الوطنية=TW; التشيك سلوفاكيا=FB
everyday-name | اليكسا عاصمة {} يا شيخة | مصر المحروسة=EG; الشام=SY; المغرب العربي=FB
everyday-name | اليكسا عاصمة {} ياخي | بلاد البنغال=BD; بلاد السند=PK; سيلان=LK
everyday-name | اليكسا عاصمة {} تقبريني | بلاد الفراعنة=EG; بلاد الاهرامات=EG; بلاد الانكا=PE
# Shared names
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا عواصم الكوريتين | KP+KR
shared-name | اليكسا عاصمة كوريا الثنتين الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة جورجيا | GE+US-GA
shared-name | اليكسا عاصمة جورجيا الدولة مو الولاية | GE
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية | US-GA
shared-name | اليكسا جورجيا اللي جنب روسيا عاصمتها ايش | GE
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة الكونغو الكبيرة | CD
shared-name | اليكسا عاصمة الكونغو الصغيرة اللي جنب الغابون | CG
shared-name | اليكسا عاصمة الكونغوتين | CD+CG
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا عاصمة جزر العذراء التابعة لامريكا | VI
shared-name | اليكسا عاصمة دومينيكا والدومينيكان | DM+DO
shared-name | اليكسا دومينيكا الجزيرة الصغيرة مو الدومينيكان عاصمتها ايش | DM
shared-name | اليكسا عاصمة كوريا الجنوبية وكوريا الشمالية | KP+KR
shared-name | اليكسا عاصمة غينيا مو غينيا بيساو ولا الاستوائية | GN
shared-name | اليكسا عاصمة ولاية واشنطن مو العاصمة واشنطن | US-WA
shared-name | اليكسا عاصمة سانت مارتن الهولندية مو الفرنسية | SX
shared-name | اليكسا عاصمة السودان الشمالي مو جنوب السودان | SD
shared-name | اليكسا عاصمة النيجر مو نيجيريا | NE
shared-name | اليكسا عاصمة ساموا المستقلة مو الامريكية | WS
shared-name | اليكسا عاصمة ايرلندا الجمهورية مو الشمالية | IE
shared-name | اليكسا عاصمة مقدونيا الشمالية مو اليونانية | MK
shared-name | اليكسا عاصمة لوكسمبورغ الدولة مو المقاطعة البلجيكية | LU
# Old names
old-name | اليكسا عاصمة {} زمان | سيام=TH; بورما=MM; سيلان=LK
old-name | اليكسا عاصمة {} القديمة وش صار اسمها | زائير=CD; داهومي=BJ; فولتا العليا=BF
old-name | اليكسا ابوي يقول {} وش عاصمتها | روديسيا=ZW; روديسيا الشمالية=ZM; نياسالاند=MW
old-name | اليكسا عاصمة {} الاسم القديم | الحبشة القديمة=ET; بلاد فارس=IR; كمبوتشيا=KH
old-name | اليكسا عاصمة {} بالاسم القديم يا خبيرة | ساحل الذهب=GH; تنجانيقا=TZ; باسوتولاند=LS
old-name | اليكسا عاصمة {} قبل الاستقلال | بتشوانالاند=BW; غيانا البريطانية=GY; غينيا الاسبانية=GQ
old-name | اليكسا عاصمة {} ايام زمان | سوازيلاند=SZ; فورموزا=TW; الصومال الفرنسي=DJ
old-name | اليكسا عاصمة {} اللي كانوا يقولون عليها | غينيا الجديدة الهولندية=FB; جزر الهند الغربية=FB; تشيكوسلوفاكيا=FB
old-name | اليكسا عاصمة {} قبل ما يتغير اسمها | مقدونيا=MK; روسيا البيضاء=BY; الكاب فيردي=CV
old-name | اليكسا عاصمة {} القديم | الكونغو البلجيكي=CD; الكونغو الفرنسي=CG; جنوب غرب افريقيا=NA
# Help
help | اليكسا كيف استخدم ذي اللعبة يا خبيرة | HELP
help | اليكسا انا ما فاهمة شنو المفروض اقول | HELP
help | اليكسا شو بقدر اسألك هون | HELP
help | اليكسا ساعديني كيف اسأل عن العواصم | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | اليكسا انا في سؤال كيف هذا شغل | HELP
help | اليكسا ماما قول ساعد انا ما في معلوم | HELP
help | اليكسا داير مساعدة يا زولة | HELP
help | اليكسا علميني كيف العب | HELP
help | اليكسا ايش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا يا بنيتي وشلون تشتغلين | HELP
help | اليكسا ما عرفت كيف اسأل ساعديني | HELP
help | اليكسا شرح الطريقة لو سمحتي | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا كيف بيشتغل هالشي | HELP
help | اليكسا محتاج مساعدة في الاسئلة | HELP
help | اليكسا عطيني امثلة على الاسئلة | HELP
help | اليكسا شو في خيارات | HELP
help | اليكسا ايش تقدري تسوي بالضبط | HELP
help | اليكسا التعليمات لو سمحت | HELP
help | اليكسا انا ضايع وش اقول | HELP
help | اليكسا كيف اسال عن عاصمة دولة | HELP
help | اليكسا ممكن مساعدة الله يخليك | HELP
help | اليكسا ساعدني ياخ ما فاهم حاجة | HELP
help | اليكسا ايش الطريقة حق السؤال | HELP
help | اليكسا هيلب مي بليز | HELP
help | اليكسا وش المطلوب مني | HELP
# Stop
stop | اليكسا اسكتي خلاص | STOP
stop | اليكسا بس يا زولة كفاية | STOP
stop | اليكسا وقفي اللعبة | STOP
stop | اليكسا خلاص طلعي من العواصم | STOP
stop | اليكسا سكري البرنامج | STOP
stop | اليكسا انهي المهارة | STOP
stop | اليكسا يلا باي خلصنا | STOP
stop | اليكسا اطلعي بره | STOP
stop | اليكسا وقف وقف | STOP
stop | اليكسا خلاص يا بنيتي اسكتي الله يهديك | STOP
stop | اليكسا بس خلاص ذلحين | STOP
stop | اليكسا ستوب بليز | STOP
stop | اليكسا انا خلاص روح نوم سكت | STOP
stop | اليكسا كفى المسابقة خلصت | STOP
stop | اليكسا اسكتي عم نتغدى | STOP
stop | اليكسا بطلي كلام | STOP
stop | اليكسا وقفي الاسئلة الحين | STOP
stop | اليكسا اقفلي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا طفي العواصم | STOP
stop | اليكسا هدي خلاص | STOP
stop | اليكسا انتهينا مع السلامة | STOP
stop | اليكسا سكتي شوية | STOP
stop | اليكسا وقف التشغيل | STOP
stop | اليكسا خلاص ما ابغى اكمل اطلعي | STOP
stop | اليكسا يكفي كده | STOP
stop | اليكسا اسكتي الاذان | STOP
# Cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا لا لا ما في داعي | CANCEL
cancel | اليكسا خليها خليها | CANCEL
cancel | اليكسا ولا شي | CANCEL
cancel | اليكسا الغي السؤال الاخير | CANCEL
cancel | اليكسا ما ابغاه خلاص | CANCEL
cancel | اليكسا انسي السؤال يا زولة | CANCEL
cancel | اليكسا مش مهم هلق | CANCEL
cancel | اليكسا ماشي ولا حاجة | CANCEL
cancel | اليكسا بلاها | CANCEL
cancel | اليكسا تجاهلي اللي قلته | CANCEL
cancel | اليكسا الغاء الطلب | CANCEL
cancel | اليكسا لا عادي انسي | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا ما عليه ماله داعي | CANCEL
cancel | اليكسا غيرت رايي الغي | CANCEL
cancel | اليكسا لا ما اشتي | CANCEL
cancel | اليكسا سيبيها | CANCEL
cancel | اليكسا طنشي | CANCEL
cancel | اليكسا لا شكرا الغيه | CANCEL
cancel | اليكسا انا غلط سوال الغي | CANCEL
cancel | اليكسا ارجعي ما بدي | CANCEL
cancel | اليكسا امسحي الطلب | CANCEL
cancel | اليكسا خلاص ما يحتاج | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا لا انسي ما قلت شي | CANCEL
# Launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا ابي العب عواصم العالم | LAUNCH
launch | اليكسا يلا افتحي لنا عواصم العالم | LAUNCH
launch | اليكسا افتحي مهارة عواصم العالم | LAUNCH
launch | اليكسا داير افتح عواصم العالم | LAUNCH
launch | اليكسا شغلي لينا عواصم العالم يا زولة | LAUNCH
launch | اليكسا افتحيلنا عواصم العالم بليز | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم يا اليكسا | LAUNCH
launch | اليكسا ممكن تفتحي عواصم العالم | LAUNCH
launch | اليكسا اشتي عواصم العالم | LAUNCH
launch | اليكسا بدي العب عواصم العالم | LAUNCH
launch | اليكسا فتحي عواصم العالم للعيال | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا انا يبغى عواصم العالم | LAUNCH
launch | اليكسا الله يخليك افتحي عواصم العالم | LAUNCH
launch | اليكسا ابغى عواصم العالم | LAUNCH
launch | اليكسا دخليني عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم الحين | LAUNCH
launch | اليكسا افتحي عواصم العالم عشان المسابقة | LAUNCH
launch | اليكسا يا بنيتي افتحي عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا اطلقي عواصم العالم | LAUNCH
# Out of domain
out-of-domain | اليكسا كم الساعة في الخرطوم | FB
out-of-domain | اليكسا الطقس في جازان بكرة | FB
out-of-domain | اليكسا شغلي محمد وردي | FB
out-of-domain | اليكسا شغلي فيروز الصبح | FB
out-of-domain | اليكسا شغلي ابو بكر سالم | FB
out-of-domain | اليكسا متى اذان المغرب في مكة | FB
out-of-domain | اليكسا كم باقي على العيد | FB
out-of-domain | اليكسا اطفي نور الصالة | FB
out-of-domain | اليكسا شغلي المكيف على اربعة وعشرين | FB
out-of-domain | اليكسا حطي منبه الساعة خمسة الفجر | FB
out-of-domain | اليكسا كم سعر الدولار بالجنيه السوداني | FB
out-of-domain | اليكسا كم الريال اليمني مقابل السعودي | FB
out-of-domain | اليكسا سعر الذهب اليوم | FB
out-of-domain | اليكسا ضيفي حليب وخبز لقائمة المشتريات | FB
out-of-domain | اليكسا اتصلي على ماما | FB
out-of-domain | اليكسا مين ربح المباراة امس | FB
out-of-domain | اليكسا احكيلي نكتة | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا ايش معنى كلمة عاصمة بالانجليزي | FB
out-of-domain | اليكسا كيف تنكتب كابيتال | FB
out-of-domain | اليكسا وش يعني راس مال الشركة | FB
out-of-domain | اليكسا كم راس مال ارامكو | FB
out-of-domain | اليكسا اسهم ارامكو اليوم كم | FB
out-of-domain | اليكسا الحروف الكبيرة بالانجليزي وش اسمها | FB
out-of-domain | اليكسا عاصمة الحروف الكابيتال ليتر | FB
out-of-domain | اليكسا العقوبة العظمى يعني ايش | FB
out-of-domain | اليكسا مطعم العاصمة وين مكانه | FB
out-of-domain | اليكسا قناة العاصمة على اي تردد | FB
out-of-domain | اليكسا فندق العاصمة في الرياض رقمه | FB
out-of-domain | اليكسا بنك كابيتال وش ساعات الدوام | FB
out-of-domain | اليكسا عاصمة القصيم | FB
out-of-domain | اليكسا عاصمة منطقة جازان | FB
out-of-domain | اليكسا عاصمة منطقة عسير ابها ولا خميس | FB
out-of-domain | اليكسا عاصمة منطقة حائل | FB
out-of-domain | اليكسا عاصمة المنطقة الشرقية الدمام صح | FB
out-of-domain | اليكسا عاصمة الحجاز زمان | FB
out-of-domain | اليكسا عاصمة نجد | FB
out-of-domain | اليكسا عاصمة الاحساء | FB
out-of-domain | اليكسا عاصمة حضرموت | FB
out-of-domain | اليكسا عاصمة اليمن الجنوبي قبل الوحدة | FB
out-of-domain | اليكسا عاصمة تعز | FB
out-of-domain | اليكسا عاصمة دارفور | FB
out-of-domain | اليكسا عاصمة كردفان | FB
out-of-domain | اليكسا عاصمة ولاية الجزيرة في السودان | FB
out-of-domain | اليكسا عاصمة جبل لبنان | FB
out-of-domain | اليكسا عاصمة محافظة حلب | FB
out-of-domain | اليكسا عاصمة الجنوب اللبناني | FB
out-of-domain | اليكسا عاصمة اقليم كردستان | FB
out-of-domain | اليكسا عاصمة البلقان | FB
out-of-domain | اليكسا عاصمة اسكندنافيا | FB
out-of-domain | اليكسا عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة تتارستان | FB
out-of-domain | اليكسا عاصمة القرم | FB
out-of-domain | اليكسا عاصمة كاتالونيا | FB
out-of-domain | اليكسا عاصمة بلاد الباسك | FB
out-of-domain | اليكسا عاصمة صقلية | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا عاصمة زنجبار | FB
out-of-domain | اليكسا عاصمة ارض الصومال | FB
out-of-domain | اليكسا عاصمة اقليم التيغراي | FB
out-of-domain | اليكسا عاصمة كشمير الباكستانية | FB
out-of-domain | اليكسا عاصمة التبت | FB
out-of-domain | اليكسا عاصمة جزيرة سومطرة | FB
out-of-domain | اليكسا عاصمة مندناو | FB
out-of-domain | اليكسا عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة الفاطمية | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الدولة الايوبية | FB
out-of-domain | اليكسا عاصمة مملكة سبأ | FB
out-of-domain | اليكسا عاصمة مملكة حمير | FB
out-of-domain | اليكسا عاصمة مملكة كوش | FB
out-of-domain | اليكسا عاصمة مملكة سنار | FB
out-of-domain | اليكسا عاصمة مملكة اكسوم | FB
out-of-domain | اليكسا عاصمة الفينيقيين | FB
out-of-domain | اليكسا عاصمة تدمر زمن زنوبيا | FB
out-of-domain | اليكسا عاصمة الامبراطورية البيزنطية | FB
out-of-domain | اليكسا عاصمة الامبراطورية الرومانية | FB
out-of-domain | اليكسا عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية | FB
out-of-domain | اليكسا عاصمة الجمهورية العربية المتحدة | FB
out-of-domain | اليكسا عاصمة دولة الخلافة الراشدة | FB
out-of-domain | اليكسا عاصمة الاتحاد الافريقي | FB
out-of-domain | اليكسا عاصمة افريقيا | FB
out-of-domain | اليكسا عاصمة العالم | FB
out-of-domain | اليكسا عاصمة القارة الاوروبية | FB
out-of-domain | اليكسا عاصمة الموضة في العالم | FB
out-of-domain | اليكسا عاصمة النفط | FB
out-of-domain | اليكسا عاصمة الثقافة الاسلامية هالسنة | FB
out-of-domain | اليكسا عاصمة السياحة العربية | FB
out-of-domain | اليكسا عاصمة الجنوب السعودي | FB
out-of-domain | اليكسا عاصمة المصايف في السعودية | FB
out-of-domain | اليكسا عاصمة التمور بريدة صح | FB
out-of-domain | اليكسا عاصمة الجن والعفاريت | FB
out-of-domain | اليكسا عاصمة اطلانتس | FB
out-of-domain | اليكسا عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة ارض الوسط | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا عاصمة بلاد العجائب | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا عاصمة كوكب زحل | FB
out-of-domain | اليكسا عاصمة ماينكرافت | FB
out-of-domain | اليكسا عاصمة لعبة ببجي | FB
out-of-domain | اليكسا عاصمة بلاد السندباد | FB
out-of-domain | اليكسا مين رئيس السودان | FB
out-of-domain | اليكسا كم عدد سكان اليمن | FB
out-of-domain | اليكسا وش العملة في لبنان | FB
out-of-domain | اليكسا كم ساعة طيران من جدة لبيروت | FB
out-of-domain | اليكسا اكبر مدينة في كندا | FB
out-of-domain | اليكسا اكبر مدينة في تركيا | FB
out-of-domain | اليكسا كم مساحة السودان | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا النشيد الوطني المغربي | FB
out-of-domain | اليكسا علم اي دولة فيه ارزة | FB
out-of-domain | اليكسا اي دولة عاصمتها فيها برج خليفة | FB
out-of-domain | اليكسا وش اقرب دولة لليمن | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة للانجليزي | FB
out-of-domain | اليكسا كم ميل بين الرياض والدمام | FB
out-of-domain | اليكسا وش موعد الحج هالسنة | FB
out-of-domain | اليكسا كم حاج وصل مكة | FB
out-of-domain | اليكسا متى يفتح الحرم للمعتمرين | FB
out-of-domain | اليكسا اقري سورة الكهف | FB
out-of-domain | اليكسا ذكريني بالاجتماع الساعة عشرة | FB
out-of-domain | اليكسا ارسلي ايميل للبوس | FB
out-of-domain | اليكسا كم سعر برميل النفط | FB
out-of-domain | اليكسا وش الكلمة من خمس حروف معناها نهر | FB
out-of-domain | اليكسا حلي لي الكلمات المتقاطعة كلها | FB
out-of-domain | اليكسا شغلي مسلسل باب الحارة | FB
out-of-domain | اليكسا وصفة الكبسة | FB
out-of-domain | اليكسا كيف اطبخ العصيدة السودانية | FB
out-of-domain | اليكسا ماما يقول شغل غسالة | FB
out-of-domain | اليكسا انا يبغى اتصل بلد حقي | FB
out-of-domain | اليكسا اعلى صوتك شوي | FB
out-of-domain | اليكسا وش اسم عاصمة | FB
out-of-domain | اليكسا عاصمة | FB
out-of-domain | اليكسا عطيني عاصمة اي دولة عشوائية | FB
out-of-domain | اليكسا مين قال ان الرياض عاصمة القرار | FB
out-of-domain | اليكسا فيلم العاصمة الادارية | FB
# More lines written after the first build
yes-no-check | اليكسا عاصمة اسرائيل تل ابيب صح ولا لا | IL
levantine-families | اليكسا جارتنا بتقول عاصمة {} غير شي شو الصح | اسرائيل=IL; مصر=EG; العراق=IQ
sudanese-families | اليكسا هسي بالله عاصمة {} شنو يا زولة | الكونغو الديمقراطية=CD; جيبوتي=DJ; الصومال=SO
household-helpers | اليكسا انا روح اجازة {} عاصمة ايش اسم | الفلبين=PH; اندونيسيا=ID; سريلانكا=LK
pilgrim-guides | اليكسا بطاقات الحجاج مكتوب فيها {} ابغى العاصمة | باكستان=PK; بنغلاديش=BD; افغانستان=AF
aramco-engineers | اليكسا الترينق الجاي في {} وش عاصمتها | هولندا=NL; النرويج=NO; كوريا الجنوبية=KR
cancel | اليكسا خلاص يا بنيتي لا تدورين | CANCEL
cancel | اليكسا الغي ما ابي اعرف | CANCEL
cancel | اليكسا انسي الفوج الاخير | CANCEL
cancel | اليكسا لا لا الغي السؤال حق العاصمة | CANCEL
cancel | اليكسا ما في داعي يا زولة خليها | CANCEL
cancel | اليكسا معليش ما بدي شي هلق | CANCEL
launch | اليكسا ابغى افتح عواصم العالم للمسابقة | LAUNCH
launch | اليكسا شغلي عواصم العالم يا خبيرة | LAUNCH
launch | اليكسا افتحي عواصم العالم عشان الوليد | LAUNCH
launch | اليكسا ممكن تشغلي عواصم العالم الله يخليك | LAUNCH
launch | اليكسا تقدري تفتحي عواصم العالم | LAUNCH
launch | اليكسا دشي على عواصم العالم | LAUNCH
help | اليكسا انا جديد هنا كيف اسأل عن عاصمة | HELP
help | اليكسا ايش الكلام اللي تفهميه في العواصم | HELP
stop | اليكسا خلاص اطفي نفسك يا بنيتي | STOP
stop | اليكسا وقفي ذلحين ما اشتي | STOP
out-of-domain | اليكسا عاصمة منطقة نجران | FB
out-of-domain | اليكسا عاصمة محافظة ظفار | FB
out-of-domain | اليكسا عاصمة مملكة معين | FB
out-of-domain | اليكسا عاصمة سلطنة الفونج | FB
out-of-domain | اليكسا عاصمة الشمال السوري | FB
out-of-domain | اليكسا عاصمة جزيرة قبرص الشمالية | FB
out-of-domain | اليكسا شغلي نشيد طلع البدر علينا | FB
out-of-domain | اليكسا كم درجة الحرارة في مكة الحين | FB
out-of-domain | اليكسا الحجز على قطار الحرمين | FB
out-of-domain | اليكسا وين اقرب صيدلية | FB
subdivision | اليكسا بدي اعرف عاصمة ولاية {} بالمانيا | مكلنبورغ فوربومرن=DE-MV; بريمن=DE-HB; هامبورغ=DE-HH
subdivision | اليكسا ولاية {} الالمانية هي نفسها العاصمة ولا لا | برلين=DE-BE; مدينة هامبورغ=DE-HH; ولاية بريمن=DE-HB
subdivision | اليكسا الطالب البرازيلي عندنا من {} عاصمة ولايته ايش | ماتو غروسو=BR-MT; ماتو غروسو دو سول=BR-MS; مارانهاو=BR-MA
subdivision | اليكسا عاصمة ولاية {} في شمال البرازيل | امابا=BR-AP; رورايما=BR-RR; توكانتينز=BR-TO
subdivision | اليكسا ابسري لي عاصمة ولاية {} البرازيلية | بارايبا=BR-PB; بياوي=BR-PI; ريو غراندي دو نورتي=BR-RN
subdivision | اليكسا الكوتش البرازيلي من {} وش عاصمتها | الاغواس=BR-AL; سيرجيبي=BR-SE; اسبيريتو سانتو=BR-ES
subdivision | اليكسا عاصمة ولاية {} المكسيكية شو هي | سينالوا=MX-SIN; دورانغو=MX-DUR; زاكاتيكاس=MX-ZAC
subdivision | اليكسا مكسيكي في الشغل من {} ابي عاصمة ولايته | غواناخواتو=MX-GUA; كيريتارو=MX-QUE; ميتشواكان=MX-MIC
subdivision | اليكسا عاصمة ولاية {} اللي في المكسيك | تاماوليباس=MX-TAM; كواويلا=MX-COA; تاباسكو=MX-TAB
subdivision | اليكسا عاصمة ولاية {} في الهند ايش | اروناتشال براديش=IN-AR; ميغالايا=IN-ML; تشاتيسغار=IN-CG
subdivision | اليكسا عاصمة اقليم {} التابع للهند | جزر اندمان ونيكوبار=IN-AN; لاكشادويب=IN-LD; بودوتشيري=IN-PY
territory | اليكسا يا بنيتي ذكريني وش عاصمة {} | الفاتيكان=VA; دولة الفاتيكان=VA; واشنطن دي سي=US-DC
"""


if __name__ == "__main__":
    build_round(42, "ar", LINES, sys.argv, "tests/Eval/ar/round42/source/build_corpus.py")
