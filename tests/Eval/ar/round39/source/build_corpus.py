"""Round-39 Arabic evaluation corpus (locale ar-SA), written blind by the corpus47-ar helper (a new author, brief
WRITER47.md) at the start of the forty-first session. Every line was written by hand as one utterance said to an Echo
in Saudi Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces).
Speakers, chosen away from round 38's (Marrakech bazaar, Damascene kitchens, Wadi Rum guides, Riyadh hospital staff,
Alexandria coffee houses, Dearborn families, Makkah mutawwifin):
- Najdi elders of Qassim (Buraidah, Unaizah) at the date market, the farm and the evening majlis (`وش`، `ابي`، `الحين`،
  `يا ولدي`، `عاد`، `وشلون`، `يا بعد حيي`، `المزرعة`، `الاستراحة`),
- Eastern Province families and oil-company engineers of Dammam, Khobar, Qatif and al-Ahsa (`شنهو`، `ابغي`، `هني`،
  `واجد`، `جي`، `الميتنق`، `الكونتراكتور`، `السايت`، `الروتيشن`),
- teachers and pupils of Abha, Khamis Mushait and Jazan schools, a geography lesson and a school quiz (`وشو`، `ذحين`،
  `يا استاذ`، `يا ابلة`، `الحصة`، `الواجب`، `المسابقة`),
- Yemeni grocers (baqala) and their customers in Jeddah and Riyadh (`ايش`، `ذلحين`، `يا عم`، `يا خبير`، `قده`، `البقالة`),
- Sudanese accountants, teachers and drivers living in Riyadh (`شنو`، `داير`، `هسي`، `ياخ`، `زول`، `والله`، `كدي`),
- learners of Arabic among the workers of the Kingdom: Filipino, Indonesian, Indian, Bangladeshi and Kenyan drivers,
  nannies and builders, with learner grammar and English (`انت يعرف`، `هذا عاصمة`، `ماما`، `بابا`، `سديق`),
- university women of Riyadh and Jeddah with quizzes, games and social media, Saudi urban Arabic with English
  (`مره`، `كذا`، `يا بنات`، `الكويز`، `التحدي`، `السناب`، `اوكي`، `برو`، `سوري`، `بليز`),
- families on a desert outing (kashta) or a long drive to Abha or the Emirates, a car quiz among children (`الكشتة`،
  `الطلعة`، `يا بابا`، `يا ماما`، `السواق`).
Situations: a customer's country at the date auction, cousins studying abroad, a colleague's home for the rotation, a
contractor from Korea, the lesson on Africa, a quiz prize, a customer paying by phone, remittances home, a football
match on the grocery television, a nanny's homesick evening, a driver's day off, a Snapchat challenge, a study group,
the children's car game. Follow-ups, yes/no checks with right and wrong guesses, self-corrections with an explicit
marker, reverse questions, shared names bare and disambiguated, plurals of every several-capital country and
Palestine, official and everyday names, old names, subdivisions and territories, launches through the guessed name
`عواصم العالم`، help, stop and cancel, and fallback lines (other requests, places the data does not hold, "capital" in
other senses). Brief WRITER47.md.
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
# Qassim elders: the date market, the farm, the evening majlis
qassim-majlis | اليكسا وش عاصمة {} يا بعد حيي | الكويت=KW; البحرين=BH; قطر=QA
qassim-majlis | يا ولدي اسالها وش عاصمة {} | عمان=OM; اليمن=YE; العراق=IQ
qassim-majlis | اليكسا التاجر اللي شرى التمر من {} وش عاصمتهم | اندونيسيا=ID; بروناي=BN; سنغافورة=SG
qassim-majlis | اليكسا عاد قولي وش عاصمة {} | تركيا=TR; ايران=IR; افغانستان=AF
qassim-majlis | وشلون ما تعرفين عاصمة {} اليكسا قوليها | الاردن=JO; سوريا=SY; لبنان=LB
qassim-majlis | اليكسا ولدي يدرس في {} وش اسم عاصمتها | امريكا=US; بريطانيا=GB; استراليا=AU
qassim-majlis | اليكسا العمال اللي في المزرعة من {} وش عاصمة ديرتهم | بنقلادش=BD; باكستان=PK; نيبال=NP
qassim-majlis | اليكسا ابي اعرف عاصمة {} الحين | مصر=EG; ليبيا=LY; تونس=TN
qassim-majlis | يا اليكسا وش هي عاصمة {} اللي يجينا منها الرز | الهند=IN; تايلند=TH; فيتنام=VN
qassim-majlis | اليكسا الشيبان يتناقشون وش عاصمة {} | المغرب=MA; الجزائر=DZ; موريتانيا=MR
qassim-majlis | اليكسا وش عاصمة {} اللي يجيبون منها الحلال | الصومال=SO; السودان=SD; جيبوتي=DJ
qassim-majlis | اليكسا يوم كنا نسافر لها زمان {} وش عاصمتها | الفلبين=PH; سريلانكا=LK; بورما=MM
qassim-majlis | اليكسا وش عاصمة {} ياخي نسيتها | اثيوبيا=ET; اريتريا=ER; كينيا=KE
qassim-majlis | اليكسا وش عاصمة {} اللي لعبنا معهم الكورة | اوزبكستان=UZ; قرغيزستان=KG; طاجيكستان=TJ
qassim-majlis | عمي يسال وش عاصمة {} يا اليكسا | الصين=CN; اليابان=JP; كوريا الجنوبية=KR
qassim-majlis | اليكسا عاصمة {} وش اسمها هاه | روسيا=RU; اوكرانيا=UA; بولندا=PL
qassim-majlis | اليكسا المزاد فيه واحد من {} وش عاصمة بلده | كازاخستان=KZ; تركمانستان=TM; اذربيجان=AZ
qassim-majlis | اليكسا يا بعد عمري وش عاصمة {} | فرنسا=FR; المانيا=DE; ايطاليا=IT
qassim-majlis | اليكسا قولي عاصمة {} عشان الجدة تسمع | اسبانيا=ES; البرتغال=PT; اليونان=GR
qassim-majlis | اليكسا وش عاصمة {} يقولون بعيدة مره | البرازيل=BR; الارجنتين=AR; تشيلي=CL
qassim-majlis | اليكسا وش اسم عاصمة {} يا بنتي | نيجيريا=NG; غانا=GH; السنغال=SN
qassim-majlis | الله يهديك يا اليكسا وش عاصمة {} | كندا=CA; المكسيك=MX; كوبا=CU
qassim-majlis | اليكسا الحين عاصمة {} وش هي بالضبط | السعودية=SA; الامارات=AE; فلسطين=PS
# Eastern Province families and oil engineers
sharqiya-oil | اليكسا شنهو عاصمة {} عندي ميتنق معاهم | النرويج=NO; هولندا=NL; اسكتلندا=GB-SCT
sharqiya-oil | اليكسا الكونتراكتور من {} شنهي عاصمتهم | كوريا الجنوبية=KR; سنغافورة=SG; ماليزيا=MY
sharqiya-oil | اليكسا ابغي اعرف عاصمة {} قبل الروتيشن | النمسا=AT; سويسرا=CH; بلجيكا=BE
sharqiya-oil | اليكسا عاصمة {} شنهي واجد ناس يسالوني | فنزويلا=VE; كولومبيا=CO; الاكوادور=EC
sharqiya-oil | اليكسا الانجنير الجديد من {} وين عاصمة بلده | كازاخستان الغنية بالنفط=KZ; اذربيجان بلد النفط=AZ; انغولا=AO
sharqiya-oil | اليكسا هني في السايت واحد من {} يسال شنو عاصمتها | الفلبين=PH; فيتنام=VN; كمبوديا=KH
sharqiya-oil | اليكسا بنتي تبي تعرف عاصمة {} للواجب | الدنمارك=DK; السويد=SE; فنلندا=FI
sharqiya-oil | اليكسا شنو عاصمة {} جي سمعت انها صغيرة | لوكسمبورغ=LU; ليختنشتاين=LI; موناكو=MC
sharqiya-oil | اليكسا الشحنة رايحة {} شنهو اسم العاصمة | ترينيداد وتوباغو=TT; غيانا=GY; سورينام=SR
sharqiya-oil | اليكسا عاصمة {} شنهي يا حبيبي | الكاميرون=CM; الغابون=GA; غينيا الاستوائية=GQ
sharqiya-oil | اليكسا انا في الخبر وابغي اعرف عاصمة {} | ايرلندا=IE; ايسلندا=IS; استونيا=EE
sharqiya-oil | اليكسا جماعة الحسا يسالون وش عاصمة {} | بابوا غينيا الجديدة=PG; تيمور الشرقية=TL; نيوزيلندا=NZ
sharqiya-oil | اليكسا عاصمة {} شنو اسمها اليوم نسيت | لاتفيا=LV; ليتوانيا=LT; بيلاروسيا=BY
sharqiya-oil | اليكسا في القطيف نقول عاصمة {} شنهي | رومانيا=RO; بلغاريا=BG; المجر=HU
sharqiya-oil | اليكسا عندنا تريننق مع ناس من {} عاصمتهم شنو | التشيك=CZ; سلوفاكيا=SK; سلوفينيا=SI
sharqiya-oil | اليكسا الزوجة تسال عاصمة {} وين | كرواتيا=HR; صربيا=RS; البوسنة=BA
sharqiya-oil | اليكسا ابغي عاصمة {} بسرعة الله يخليك | البانيا=AL; مقدونيا الشمالية=MK; الجبل الاسود=ME
sharqiya-oil | اليكسا الرحلة الجاية الى {} شنو عاصمتها | جورجيا=GE+US-GA; ارمينيا=AM; مولدوفا=MD
sharqiya-oil | اليكسا ولدي مبتعث في {} شنو عاصمتها | كندا بلد الابتعاث=CA; نيوزيلندا يا اليكسا=NZ; ايرلندا الشمالية=GB-NIR
sharqiya-oil | اليكسا عاصمة {} هي شنو تراني ناسي | قبرص=CY; مالطا=MT; اندورا=AD
sharqiya-oil | اليكسا الحفار جاي من {} شنو العاصمة عندهم | ترينداد=TT; الغابون الغنية=GA; نيجيريا بلد النفط=NG
sharqiya-oil | اليكسا يا الغالية شنو عاصمة {} | تنزانيا=TZ; اوغندا=UG; رواندا=RW
sharqiya-oil | اليكسا اهل الدمام يبون يعرفون عاصمة {} | بوروندي=BI; ملاوي=MW; زامبيا=ZM
sharqiya-oil | اليكسا ابغي اسم عاصمة {} بالعربي | زيمبابوي=ZW; موزمبيق=MZ; مدغشقر=MG
sharqiya-oil | اليكسا جارنا من {} شنو العاصمة عندهم | ناميبيا=NA; بوتسوانا=BW; ليسوتو=LS
# Abha, Khamis Mushait and Jazan schools
asir-school | يا ابلة اسالي اليكسا وشو عاصمة {} | تشاد=TD; النيجر=NE; مالي=ML
asir-school | اليكسا الاستاذ قال لنا نعرف عاصمة {} للحصة الجاية | بوركينا فاسو=BF; بنين=BJ; توغو=TG
asir-school | اليكسا وشو عاصمة {} ذحين الواجب بكرة | غينيا=GN; غينيا بيساو=GW; سيراليون=SL
asir-school | اليكسا في المسابقة سالونا عن عاصمة {} | ليبيريا=LR; ساحل العاج=CI; غامبيا=GM
asir-school | اليكسا ابي اجاوب الاستاذ عاصمة {} وشي | الراس الاخضر=CV; ساو تومي وبرينسيبي=ST; جزر القمر=KM
asir-school | اليكسا عاصمة {} ايش هي الكتاب ما فيه | جمهورية افريقيا الوسطى=CF; جنوب السودان=SS; الكونغو برازافيل=CG
asir-school | اليكسا درس اليوم عن اسيا وش عاصمة {} | منغوليا=MN; لاوس=LA; بوتان=BT
asir-school | اليكسا الاختبار فيه سؤال عاصمة {} وش الجواب | المالديف=MV; سريلانكا=LK; بنغلاديش=BD
asir-school | اليكسا يا استاذ خلها تقول عاصمة {} | كوريا الشمالية=KP; تايوان=TW; اليابان=JP
asir-school | اليكسا انا في جازان وابغى اعرف عاصمة {} | اريتريا اللي قبالنا=ER; جيبوتي يا اليكسا=DJ; الصومال اللي جنب اليمن=SO
asir-school | اليكسا الطالبات يسالن عاصمة {} وشهي | موريشيوس=MU; سيشل=SC; مدغشقر الجزيرة=MG
asir-school | اليكسا في خميس مشيط الحين نبي عاصمة {} | هندوراس=HN; نيكاراغوا=NI; غواتيمالا=GT
asir-school | اليكسا المعلم يقول عاصمة {} صعبة وشي | السلفادور=SV; كوستاريكا=CR; بنما=PA
asir-school | اليكسا الفصل كله ما عرف عاصمة {} | بليز=BZ; جامايكا=JM; هايتي=HT
asir-school | اليكسا الدرجة الكاملة لو عرفت عاصمة {} ساعديني | جمهورية الدومينيكان=DO; الدومينيكان=DO; باربادوس=BB
asir-school | اليكسا الخريطة ما فيها اسم عاصمة {} | جزر البهاما=BS; دومينيكا=DM; غرينادا=GD
asir-school | اليكسا الحصة السادسة جغرافيا وش عاصمة {} | سانت لوسيا=LC; سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG
asir-school | اليكسا الاستاذة تبي عاصمة {} في البوربوينت | سانت فنسنت والغرينادين=VC; بيرو=PE; بوليفيا=BO
asir-school | اليكسا في ابها البرد وانا اذاكر عاصمة {} وشي | الباراغواي=PY; الاوروغواي=UY; الاكوادور بلد الموز=EC
asir-school | اليكسا سؤال البونص عاصمة {} | فيجي=FJ; ساموا=WS; تونغا=TO
asir-school | اليكسا المسابقة الثقافية عاصمة {} وش تكون | كيريباتي=KI; توفالو=TV; ناورو=NR
asir-school | اليكسا الاستاذ يقول ما احد يعرف عاصمة {} | بالاو=PW; جزر مارشال=MH; ميكرونيزيا=FM
asir-school | اليكسا كتاب الاجتماعيات يسال عن عاصمة {} | فانواتو=VU; جزر سليمان=SB; بابوا نيو غيني=PG
# Yemeni grocers in Jeddah and Riyadh
yemeni-baqala | يا اليكسا ايش عاصمة {} ذلحين | اليمن=YE; عمان=OM; جيبوتي=DJ
yemeni-baqala | اليكسا الزبون من {} ايش عاصمة بلاده | اثيوبيا=ET; الصومال=SO; السودان=SD
yemeni-baqala | يا عم اليكسا ايش هي عاصمة {} | مصر=EG; الاردن=JO; العراق=IQ
yemeni-baqala | اليكسا الكورة ذلحين بين {} ايش عاصمتهم | المغرب والجزائر=DZ+MA; تونس=TN; ليبيا=LY
yemeni-baqala | اليكسا قده يسالني ايش عاصمة {} | البحرين=BH; قطر=QA; الكويت=KW
yemeni-baqala | اليكسا الحوالة رايحة {} ايش العاصمة حقهم | باكستان=PK; الهند=IN; بنجلاديش=BD
yemeni-baqala | اليكسا يا خبيرة ايش عاصمة {} | اندونيسيا=ID; الفلبين=PH; سريلانكا=LK
yemeni-baqala | اليكسا الموزع حق البضاعة من {} ايش عاصمتها | الصين=CN; تركيا=TR; ماليزيا=MY
yemeni-baqala | اليكسا ايش عاصمة {} قل لي بسرعة في زبون | لبنان=LB; سوريا=SY; فلسطين=PS
yemeni-baqala | اليكسا الولد يذاكر في البقالة ايش عاصمة {} | فرنسا=FR; بريطانيا=GB; المانيا=DE
yemeni-baqala | اليكسا ايش عاصمة {} يا صاحبي | كينيا=KE; تنزانيا=TZ; اوغندا=UG
yemeni-baqala | اليكسا في واحد من {} داخل البقالة ايش عاصمتهم | نيجيريا=NG; تشاد=TD; النيجر=NE
yemeni-baqala | اليكسا ايش عاصمة {} والله ما اعرف | ارتيريا=ER; جزر القمر=KM; موريتانيا=MR
yemeni-baqala | اليكسا الاخبار تتكلم عن {} ايش عاصمتها | اوكرانيا=UA; روسيا=RU; اسرائيل=IL
yemeni-baqala | اليكسا ايش عاصمة {} الزبون قال اسمها وانا نسيت | البرازيل=BR; المكسيك=MX; الارجنتين=AR
# Sudanese residents of Riyadh
sudanese-riyadh | اليكسا شنو عاصمة {} ياخ | السودان=SD; جنوب السودان=SS; اثيوبيا=ET
sudanese-riyadh | يا اليكسا داير اعرف عاصمة {} هسي | تشاد=TD; ليبيا=LY; مصر=EG
sudanese-riyadh | اليكسا الزول ده من {} عاصمتهم شنو | اريتريا=ER; افريقيا الوسطى=CF; الكونغو الديمقراطية=CD
sudanese-riyadh | اليكسا والله العظيم نسيت عاصمة {} | كينيا=KE; اوغندا=UG; رواندا=RW
sudanese-riyadh | اليكسا كدي قولي عاصمة {} | نيجيريا=NG; الكاميرون=CM; غانا=GH
sudanese-riyadh | اليكسا في الشغل زول من {} شنو عاصمة بلدو | الفلبين=PH; الهند=IN; باكستان=PK
sudanese-riyadh | اليكسا عاصمة {} شنو يا زولة | تنزانيا=TZ; زامبيا=ZM; ملاوي=MW
sudanese-riyadh | اليكسا الاولاد بيسالوا عن عاصمة {} | ماليزيا=MY; تركيا=TR; قطر=QA
sudanese-riyadh | اليكسا انا محاسب وعايز اعرف عاصمة {} للفاتورة | الامارات=AE; عمان=OM; الكويت=KW
sudanese-riyadh | اليكسا عاصمة {} زاتو شنو | المغرب=MA; تونس=TN; الجزائر=DZ
sudanese-riyadh | اليكسا الماتش الليلة مع {} شنو عاصمتهم | السنغال=SN; مالي=ML; بوركينا=BF
sudanese-riyadh | اليكسا عاصمة {} شنو اسمها ياخي | غينيا كوناكري=GN; ليبيريا=LR; سيراليون=SL
sudanese-riyadh | اليكسا ود عمي سافر {} شنو العاصمة هناك | استراليا=AU; كندا=CA; بريطانيا=GB
sudanese-riyadh | اليكسا شنو عاصمة {} يا حبوبة | موزمبيق=MZ; انغولا=AO; زيمبابوي=ZW
sudanese-riyadh | اليكسا الجماعة في القروب بيتناقشوا عاصمة {} شنو | الصومال=SO; جيبوتي=DJ; اليمن=YE
sudanese-riyadh | اليكسا عاصمة {} بقت شنو هسي | بوروندي=BI; الغابون=GA; الكونغو=CD+CG
sudanese-riyadh | اليكسا داير عاصمة {} عشان الامتحان | توغو=TG; بنين=BJ; غامبيا=GM
sudanese-riyadh | اليكسا عاصمة {} ياخ ما بتعرفيها ولا شنو | اسواتيني=SZ; ليسوتو=LS; بوتسوانا=BW
sudanese-riyadh | اليكسا نسيبي ماشي {} عاصمتها شنو | الصين=CN; اليابان=JP; كوريا=KP+KR
# Learners of Arabic among the Kingdom's workers
learner-workers | اليكسا انت يعرف عاصمة {} | الفلبين=PH; اندونيسيا=ID; سريلانكا=LK
learner-workers | اليكسا هذا عاصمة {} ايش اسم | الهند=IN; نيبال=NP; بنغلاديش=BD
learner-workers | اليكسا انا من {} ايش عاصمة انا بلد | كينيا=KE; اوغندا=UG; اثيوبيا=ET
learner-workers | اليكسا سديق انا من {} كيف اسم عاصمة | باكستان=PK; افغانستان=AF; ميانمار=MM
learner-workers | اليكسا ماما تسال عاصمة {} ايش | تايلاند=TH; فيتنام=VN; كمبوديا=KH
learner-workers | اليكسا بابا يقول ايش عاصمة {} انا ما يعرف | الصين=CN; منغوليا=MN; لاوس=LA
learner-workers | اليكسا واجد شكرا عاصمة {} ايش | غانا=GH; نيجيريا=NG; الكاميرون=CM
learner-workers | اليكسا انا سواق انا يبغى يعرف عاصمة {} | السعودية=SA; الكويت=KW; البحرين=BH
learner-workers | اليكسا ايش عاصمة حق {} بليز | تيمور=TL; بروناي=BN; سنغافورة=SG
learner-workers | اليكسا عاصمة {} فين هو | ماليزيا=MY; اندونيسيا بلد انا=ID; الفلبين بلدي=PH
learner-workers | اليكسا انا شغال بناء من {} عاصمة ايش | بنقلاديش=BD; الهند بلد انا=IN; نيبال بلد=NP
learner-workers | اليكسا مدام تقول لازم انا يعرف عاصمة {} | السعودية المملكة=SA; مصر=EG; الاردن=JO
learner-workers | اليكسا عاصمة {} ايش نفر يقول | اريتريا=ER; الصومال=SO; السودان=SD
learner-workers | اليكسا هذا {} عاصمة ايش انت قول | رواندا=RW; تنزانيا=TZ; زيمبابوي=ZW
learner-workers | اليكسا عاصمة {} انا ما فيه معلوم | مدغشقر=MG; موريشيوس=MU; سيشل=SC
learner-workers | اليكسا بلد انا {} عاصمة هو ايش | سريلانكا بلد انا=LK; المالديف=MV; بوتان=BT
# Riyadh and Jeddah university women: quizzes, games, social media
riyadh-students | اليكسا بسرعة عاصمة {} عندي كويز | ايطاليا=IT; اسبانيا=ES; البرتغال=PT
riyadh-students | يا بنات اسمعوا اليكسا وش عاصمة {} | كوريا الجنوبية=KR; اليابان=JP; تايوان=TW
riyadh-students | اليكسا التحدي في السناب عاصمة {} وش هي | استراليا=AU; نيوزيلندا=NZ; فيجي=FJ
riyadh-students | اليكسا مره محتاجة اعرف عاصمة {} | النمسا=AT; المجر=HU; التشيك=CZ
riyadh-students | اليكسا بليز عاصمة {} كذا بدون لف | كندا=CA; امريكا=US; المكسيك=MX
riyadh-students | اليكسا اوكي عاصمة {} وش تطلع | الارجنتين=AR; البرازيل=BR; كولومبيا=CO
riyadh-students | اليكسا القروب يتهاوشون على عاصمة {} | سويسرا=CH; بلجيكا=BE; هولندا=NL
riyadh-students | اليكسا بنروح صيف {} وش عاصمتها | جورجيا=GE+US-GA; اذربيجان=AZ; البوسنة والهرسك=BA
riyadh-students | اليكسا سوري بس وش عاصمة {} | بولندا=PL; رومانيا=RO; بلغاريا=BG
riyadh-students | اليكسا برو عاصمة {} وشي | اليونان=GR; قبرص=CY; مالطا=MT
riyadh-students | اليكسا الدكتورة سالت عن عاصمة {} واحد قال غلط | كازاخستان=KZ; اوزبكستان=UZ; قيرغيزستان=KG
riyadh-students | اليكسا الجيم يسال عاصمة {} | ايسلندا=IS; النرويج=NO; فنلندا=FI
riyadh-students | اليكسا سالفة طويلة بس وش عاصمة {} | بيرو=PE; تشيلي=CL; الاوروغواي=UY
riyadh-students | اليكسا وش عاصمة {} احس اني اعرفها | الدنمارك=DK; السويد=SE; استونيا=EE
riyadh-students | اليكسا عاصمة {} وش اسمها ياربي | ليتوانيا=LT; لاتفيا=LV; بيلاروس=BY
riyadh-students | اليكسا اختي تقول عاصمة {} ابي اتاكد | سلوفينيا=SI; كرواتيا=HR; صربيا=RS
riyadh-students | اليكسا ترند التيك توك عن {} وش عاصمتها | الجبل الاسود=ME; البانيا=AL; مقدونيا=MK
riyadh-students | اليكسا بكتب بوست عن {} وش عاصمتها | مولدوفا=MD; ارمينيا=AM; اوكرانيا=UA
riyadh-students | اليكسا وش عاصمة {} ترا الكويز بعد خمس دقايق | فنزويلا=VE; باراغواي=PY; بوليفيا=BO
riyadh-students | اليكسا لعبة الاعلام وصلت {} وش عاصمتها | سان مارينو=SM; الفاتيكان=VA; لوكسمبورغ=LU
riyadh-students | اليكسا انا في جدة والجو حر بس وش عاصمة {} | كوبا=CU; جامايكا=JM; هايتي=HT
# Families on a desert outing or a long drive
kashta-family | يا بابا خل اليكسا تقول عاصمة {} | السعودية=SA; الامارات=AE; قطر=QA
kashta-family | اليكسا في الكشتة نلعب عواصم وش عاصمة {} | عمان=OM; اليمن=YE; الكويت=KW
kashta-family | اليكسا ماما تقول عاصمة {} صح ولا لا قوليها انتي | البحرين=BH; العراق=IQ; الاردن=JO
kashta-family | اليكسا احنا رايحين ابها بالسيارة وش عاصمة {} | مصر=EG; السودان=SD; ليبيا=LY
kashta-family | اليكسا دوري عاصمة {} لاخوي الصغير | فرنسا=FR; بريطانيا=GB; ايطاليا=IT
kashta-family | اليكسا الدور علي وش عاصمة {} | الصين=CN; الهند=IN; روسيا=RU
kashta-family | اليكسا الطلعة طويلة قولي عاصمة {} | تركيا=TR; ايران=IR; باكستان=PK
kashta-family | اليكسا الفايز ياخذ الايسكريم عاصمة {} | البرازيل=BR; الارجنتين=AR; المكسيك=MX
kashta-family | اليكسا السواق يسال وش عاصمة {} | الفلبين=PH; اثيوبيا=ET; كينيا=KE
kashta-family | يا ماما اليكسا ما ترد علي وش عاصمة {} | المانيا=DE; اسبانيا=ES; هولندا=NL
kashta-family | اليكسا على الطريق للامارات وش عاصمة {} | ايران الجارة=IR; عمان الجارة=OM; الامارات الشقيقة=AE
kashta-family | اليكسا اخوي يغش وش عاصمة {} | اليابان=JP; كوريا الشمالية=KP; الفلبين الحين=PH
kashta-family | اليكسا نبي سؤال صعب عاصمة {} | كيريباتي=KI; بالاو=PW; توفالو=TV
kashta-family | اليكسا عاصمة {} يا بابا قالها غلط | كندا=CA; استراليا=AU; نيوزيلندا=NZ
kashta-family | اليكسا جدتي تبي تعرف عاصمة {} | سوريا=SY; لبنان=LB; فلسطين=PS
# follow-ups: said right after an answer
follow-up | طيب و{} | قطر=QA; الكويت=KW; البحرين=BH
follow-up | و{} يا اليكسا | عمان=OM; اليمن=YE; الاردن=JO
follow-up | زين و{} وش عاصمتها | ليبيا=LY; تونس=TN; المغرب=MA
follow-up | اوكي و{} | فنلندا=FI; الدنمارك=DK; النرويج=NO
follow-up | طيب عاد و{} | موريتانيا=MR; السنغال=SN; مالي=ML
follow-up | و{} شنهي | هولندا=NL; بلجيكا=BE; لوكسمبورغ=LU
follow-up | و{} شنو ياخ | تشاد=TD; النيجر=NE; نيجيريا=NG
follow-up | و{} ذلحين | جيبوتي=DJ; الصومال=SO; اريتريا=ER
follow-up | طيب واللي جنبها {} | بوتان=BT; نيبال=NP; بنغلاديش=BD
follow-up | وبعدين {} | بيرو=PE; تشيلي=CL; بوليفيا=BO
follow-up | و{} بعد | كرواتيا=HR; سلوفينيا=SI; النمسا=AT
follow-up | حلو و{} | كوبا=CU; جامايكا=JM; هايتي=HT
follow-up | طيب والعاصمة حقت {} | اوزبكستان=UZ; تركمانستان=TM; طاجيكستان=TJ
follow-up | وعاصمة {} بعد | كينيا=KE; تنزانيا=TZ; اوغندا=UG
follow-up | اها طيب و{} وشو | غانا=GH; توغو=TG; بنين=BJ
follow-up | كذا و{} | اليابان=JP; الصين=CN; منغوليا=MN
follow-up | و{} نفس الشي | اسكتلندا=GB-SCT; ويلز=GB-WLS; انجلترا=GB-ENG
follow-up | ابي بعد {} | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
follow-up | و{} اللي جنبها | كمبوديا=KH; لاوس=LA; ميانمار=MM
follow-up | طيب وش عن {} | استونيا=EE; لاتفيا=LV; ليتوانيا=LT
follow-up | واخر سؤال {} | البرتغال=PT; اندورا=AD; موناكو=MC
# plural capitals: every several-capital country and Palestine
plural-capitals | اليكسا وش عواصم {} | جنوب افريقيا=ZA; بوليفيا=BO; ماليزيا=MY
plural-capitals | اليكسا كم عاصمة عند {} وش هي | جنوب افريقيا=ZA; هولندا=NL; سريلانكا=LK
plural-capitals | اليكسا سمعت ان {} لها عاصمتين وش هم | بنين=BJ; ساحل العاج=CI; اسواتيني=SZ
plural-capitals | اليكسا عواصم {} الثلاث وش اسماءها | جنوب افريقيا=ZA
plural-capitals | اليكسا شنهي عواصم {} كلها | هولندا=NL; ماليزيا=MY; بوليفيا=BO
plural-capitals | اليكسا عاصمتين {} وش هي | سريلانكا=LK; بنين=BJ; فلسطين=PS
plural-capitals | اليكسا فلسطين كم لها عاصمة | PS
plural-capitals | اليكسا عواصم فلسطين القدس ورام الله صح | PS
plural-capitals | اليكسا ابي كل عواصم {} مو وحدة بس | ساحل العاج=CI; اسواتيني=SZ; سوازيلاند=SZ
plural-capitals | اليكسا عواصم {} شنو ياخ | بوليفيا=BO; جنوب افريقيا=ZA
plural-capitals | اليكسا الاستاذ يقول {} عندها اكثر من عاصمة وشي | ماليزيا=MY; هولندا=NL; بنين=BJ
plural-capitals | اليكسا انت يعرف {} عاصمة كم واحد | سريلانكا=LK; ماليزيا=MY
plural-capitals | اليكسا وش هي العواصم حقت {} | ساحل العاج=CI; فلسطين=PS; بوليفيا=BO
plural-capitals | اليكسا عاصمة هولندا الرسمية وعاصمة الحكومة وش هم | NL
plural-capitals | اليكسا جنوب افريقيا ليش لها ثلاث عواصم قولي هي | ZA
plural-capitals | اليكسا عواصم سريلانكا كولومبو والثانية وشي | LK
plural-capitals | اليكسا بنين عاصمتها بورتو نوفو ولا كوتونو ولا الثنتين | BJ
plural-capitals | اليكسا اسواتيني لها عاصمتين ملكية وادارية قوليهم | SZ
# subdivisions
subdivision | اليكسا وش عاصمة ولاية {} | تكساس=US-TX; كاليفورنيا=US-CA; نيويورك=US-NY
subdivision | اليكسا ولدي مبتعث في {} وش عاصمة الولاية | ميشيغان=US-MI; اوهايو=US-OH; كولورادو=US-CO
subdivision | اليكسا شنهي عاصمة ولاية {} الامريكية | فلوريدا=US-FL; اريزونا=US-AZ; اوريغون=US-OR
subdivision | اليكسا بنتي تدرس في {} وش عاصمتها | واشنطن الولاية=US-WA; ماساتشوستس=US-MA; بنسلفانيا=US-PA
subdivision | اليكسا عاصمة ولاية {} شنو ياخ | اريزونا=US-AZ; يوتا=US-UT; نيفادا=US-NV
subdivision | اليكسا الكونتراكتور من {} شنهي عاصمة ولايته | اوكلاهوما=US-OK; لويزيانا=US-LA; الاسكا=US-AK
subdivision | اليكسا هاواي عاصمتها وش | US-HI
subdivision | اليكسا وش عاصمة {} في امريكا | جورجيا الولاية=US-GA; انديانا=US-IN; الينوي=US-IL
subdivision | اليكسا عاصمة ولاية {} ايش هي | فرجينيا=US-VA; ميريلاند=US-MD; كارولاينا الشمالية=US-NC
subdivision | اليكسا وش عاصمة {} الكندية | اونتاريو=CA-ON; كيبيك=CA-QC; البرتا=CA-AB
subdivision | اليكسا عاصمة مقاطعة {} في كندا وشي | كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB; نوفا سكوشا=CA-NS
subdivision | اليكسا ولد اخوي في {} بكندا وش عاصمتها | ساسكاتشوان=CA-SK; نيوبرونزويك=CA-NB; يوكون=CA-YT
subdivision | اليكسا عاصمة ولاية {} الاسترالية | نيو ساوث ويلز=AU-NSW; فيكتوريا=AU-VIC; كوينزلاند=AU-QLD
subdivision | اليكسا بنتي في {} باستراليا وش عاصمة الولاية | غرب استراليا=AU-WA; جنوب استراليا=AU-SA; تسمانيا=AU-TAS
subdivision | اليكسا انا من {} عاصمة ايش | كيرالا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا عاصمة ولاية {} في الهند وشي | ماهاراشترا=IN-MH; غوجارات=IN-GJ; راجستان=IN-RJ
subdivision | اليكسا السواق من {} الهندية وش عاصمتها | اوتار براديش=IN-UP; البنجاب الهندية=IN-PB; بيهار=IN-BR
subdivision | اليكسا عاصمة {} الهندية شنهي | غوا=IN-GA; البنغال الغربية=IN-WB; تيلانغانا=IN-TS
subdivision | اليكسا وش عاصمة ولاية {} الالمانية | بافاريا=DE-BY; ساكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا عاصمة {} في المانيا | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; سكسونيا السفلى=DE-NI
subdivision | اليكسا الشركة في {} البرازيلية وش عاصمتها | باهيا=BR-BA; ميناس جيرايس=BR-MG; امازوناس=BR-AM
subdivision | اليكسا عاصمة ولاية {} البرازيل | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; بارانا=BR-PR
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا وش عاصمة {} اللي في المكسيك | اواخاكا=MX-OAX; تشيهواهوا=MX-CHH; سونورا=MX-SON
subdivision | اليكسا وش عاصمة {} في بريطانيا | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة انجلترا نفسها لندن ولا | GB-ENG
subdivision | اليكسا جامو وكشمير لها عاصمتين وش هم | IN-JK
subdivision | اليكسا عاصمة اوتاراخاند وشي | IN-UK
subdivision | اليكسا عاصمة {} الاقليم شنهي | الاقليم الشمالي الاسترالي=AU-NT; نونافوت=CA-NU; الاقاليم الشمالية الغربية=CA-NT
subdivision | اليكسا وش عاصمة {} في امريكا يا ولدي | تينيسي=US-TN; كنتاكي=US-KY; ميزوري=US-MO
subdivision | اليكسا عاصمة ولاية {} وين | ويسكونسن=US-WI; مينيسوتا=US-MN; ايوا=US-IA
subdivision | اليكسا عاصمة {} الولاية الامريكية شنو | نيوجيرسي=US-NJ; كونيتيكت=US-CT; فيرمونت=US-VT
subdivision | اليكسا عاصمة ولاية {} ساعديني | الاباما=US-AL; ميسيسيبي=US-MS; اركنساس=US-AR
subdivision | اليكسا عاصمة ولاية {} اللي فيها البقر | مونتانا=US-MT; وايومنغ=US-WY; نبراسكا=US-NE
# territories
territory | اليكسا وش عاصمة {} اللي في الشمال | غرينلاند=GL; جزر فارو=FO; برمودا=BM
territory | اليكسا الجزيرة اللي اسمها {} عاصمتها شنهي | بورتو ريكو=PR; غوام=GU; ساموا الامريكية=AS
territory | اليكسا هونغ كونغ لها عاصمة ولا لا | HK
territory | اليكسا عاصمة {} البريطانية وش اسمها | جبل طارق=GI; جزر كايمان=KY; جزر فوكلاند=FK
territory | اليكسا عاصمة {} الفرنسية وشي | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
territory | اليكسا عاصمة {} ايش هي | ريونيون=RE; مايوت=YT; المارتينيك=MQ
territory | اليكسا الصحراء الغربية عاصمتها وشي | EH
territory | اليكسا زميلي راح {} شنو عاصمتها | كوسوفو=XK; ماكاو=MO; جزيرة مان=IM
territory | اليكسا عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سينت مارتن=SX
territory | اليكسا عاصمة جزر {} | الكوك=CK; تركس وكايكوس=TC; العذراء البريطانية=VG
territory | اليكسا وش عاصمة {} في البحر | جيرسي=JE; غيرنزي=GG; جزيرة نورفولك=NF
territory | اليكسا عاصمة {} البعيدة وشي | سانت هيلينا=SH; جزر بيتكيرن=PN; نيوي=NU
territory | اليكسا القارة القطبية الجنوبية لها عاصمة | AQ
territory | اليكسا عاصمة {} في الكاريبي | انغويلا=AI; مونتسيرات=MS; غوادلوب=GP
# yes/no checks, right and wrong guesses
yes-no-check | اليكسا عاصمة استراليا سيدني صح | AU
yes-no-check | اليكسا صدق عاصمة كندا تورنتو | CA
yes-no-check | اليكسا عاصمة تركيا اسطنبول ولا انقرة | TR
yes-no-check | اليكسا عاصمة البرازيل ريو صح ولا غلط | BR
yes-no-check | اليكسا عاصمة نيجيريا لاغوس مو كذا | NG
yes-no-check | اليكسا ابوي يقول عاصمة امريكا نيويورك صح كلامه | US
yes-no-check | اليكسا عاصمة سويسرا جنيف ولا زيورخ | CH
yes-no-check | اليكسا عاصمة الامارات دبي صح | AE
yes-no-check | اليكسا عاصمة باكستان كراتشي يا عم | PK
yes-no-check | اليكسا عاصمة المغرب الدار البيضاء صح ولا لا | MA
yes-no-check | اليكسا عاصمة الهند مومباي صح | IN
yes-no-check | اليكسا عاصمة فيتنام هو تشي منه ولا هانوي | VN
yes-no-check | اليكسا عاصمة تنزانيا دار السلام شنو رايك | TZ
yes-no-check | اليكسا عاصمة كازاخستان الماتي ولا تغيرت | KZ
yes-no-check | اليكسا عاصمة ميانمار رانغون صح | MM
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان بس | CI
yes-no-check | اليكسا عاصمة نيوزيلندا اوكلاند صح ولا غلطانة | NZ
yes-no-check | اليكسا عاصمة مصر القاهرة صح | EG
yes-no-check | اليكسا عاصمة اليمن صنعاء ولا عدن | YE
yes-no-check | اليكسا عاصمة السودان الخرطوم ولا بورتسودان هسي | SD
yes-no-check | اليكسا عاصمة ليبيا طرابلس صح | LY
yes-no-check | اليكسا عاصمة الفلبين مانيلا صح ولا لا | PH
yes-no-check | اليكسا عاصمة اندونيسيا جاكرتا ولا نقلوها | ID
yes-no-check | اليكسا عاصمة كوريا الجنوبية سيول صح | KR
yes-no-check | اليكسا عاصمة اسكتلندا ادنبرة ولا غلاسكو | GB-SCT
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة تكساس هيوستن ولا دالاس | US-TX
yes-no-check | اليكسا عاصمة نيويورك الولاية هي نيويورك صح | US-NY
yes-no-check | اليكسا عاصمة المانيا بون صح ولا | DE
yes-no-check | اليكسا عاصمة ايطاليا روما اكيد | IT
yes-no-check | اليكسا عاصمة الكويت الكويت صح | KW
yes-no-check | اليكسا عاصمة عمان مسقط ولا صلالة | OM
yes-no-check | اليكسا عاصمة الاردن عمان صح يعني نفس اسم الدولة | JO
yes-no-check | اليكسا عاصمة البحرين المحرق صح | BH
yes-no-check | اليكسا عاصمة بوليفيا لاباز صح | BO
yes-no-check | اليكسا عاصمة كولومبيا ميديين ولا بوغوتا | CO
yes-no-check | اليكسا عاصمة الكاميرون دوالا صح | CM
yes-no-check | اليكسا عاصمة جنوب افريقيا جوهانسبرغ صح | ZA
yes-no-check | اليكسا عاصمة بنغلاديش دكا صح يا خبيرة | BD
yes-no-check | اليكسا عاصمة الاكوادور غواياكيل ولا كيتو | EC
# self-corrections with an explicit marker
self-correction | اليكسا وش عاصمة النمسا لا لا اقصد استراليا | AU
self-correction | اليكسا عاصمة السويد اقصد سويسرا | CH
self-correction | اليكسا شنهو عاصمة ايران لا سوري العراق | IQ
self-correction | اليكسا ايش عاصمة النيجر لا لا نيجيريا قصدي | NG
self-correction | اليكسا عاصمة سلوفاكيا لا غلطت سلوفينيا | SI
self-correction | اليكسا شنو عاصمة غينيا لا غينيا بيساو ياخ | GW
self-correction | اليكسا عاصمة مالي قصدي مالطا | MT
self-correction | اليكسا عاصمة الكاميرون امم لا الغابون | GA
self-correction | اليكسا عاصمة لاتفيا لا استغفر الله ليتوانيا | LT
self-correction | اليكسا عاصمة كولومبيا لا اقصد كوستاريكا | CR
self-correction | اليكسا عاصمة بوليفيا لا لا بيرو | PE
self-correction | اليكسا عاصمة هولندا اوه سوري الدنمارك | DK
self-correction | اليكسا انت يعرف عاصمة اندونيسيا نو نو ماليزيا | MY
self-correction | اليكسا عاصمة تايلاند لا تايوان اقصد | TW
self-correction | اليكسا عاصمة النرويج لا مو النرويج فنلندا | FI
self-correction | اليكسا عاصمة رومانيا لا بلغاريا | BG
self-correction | اليكسا عاصمة اوزبكستان لا عفوا اقصد تركمانستان | TM
self-correction | اليكسا عاصمة تشاد لا السودان يا ابلة قالت السودان | SD
self-correction | اليكسا عاصمة البرتغال قصدي اسبانيا | ES
self-correction | اليكسا عاصمة ليبيا لا لا لبنان | LB
self-correction | اليكسا عاصمة ولاية اوهايو لا ايداهو | US-ID
self-correction | اليكسا عاصمة هايتي اوه غلط هاواي | US-HI
self-correction | اليكسا عاصمة ايرلندا لا ايسلندا | IS
self-correction | اليكسا عاصمة النمسا لا المجر اقصد | HU
self-correction | اليكسا عاصمة زامبيا قصدي زيمبابوي | ZW
self-correction | اليكسا عاصمة غانا لا لا غامبيا | GM
# reverse questions: which place has this capital
reverse-question | اليكسا الرياض عاصمة وش | CITY:الرياض
reverse-question | اليكسا نواكشوط عاصمة اي دولة | CITY:نواكشوط
reverse-question | اليكسا مقديشو عاصمة ايش ذلحين | CITY:مقديشو
reverse-question | اليكسا اديس ابابا عاصمة اي بلد | CITY:أديس أبابا
reverse-question | اليكسا نيروبي عاصمة شنو | CITY:نيروبي
reverse-question | اليكسا دكا عاصمة وين | CITY:دكا
reverse-question | اليكسا كاتماندو هذا عاصمة ايش بلد | CITY:كاتماندو
reverse-question | اليكسا مانيلا عاصمة اي دولة يا حبيبتي | CITY:مانيلا
reverse-question | اليكسا وش الدولة اللي عاصمتها ابوجا | CITY:أبوجا
reverse-question | اليكسا داكار عاصمة وش | CITY:داكار
reverse-question | اليكسا اي دولة عاصمتها برن | CITY:برن
reverse-question | اليكسا فيينا عاصمة اي دولة | CITY:فيينا
reverse-question | اليكسا وارسو عاصمة شنهي | CITY:وارسو
reverse-question | اليكسا كانبرا عاصمة وين | CITY:كانبرا
reverse-question | اليكسا اوتاوا عاصمة اي بلد | CITY:أوتاوا
reverse-question | اليكسا برازيليا عاصمة شنو ياخ | CITY:برازيليا
reverse-question | اليكسا اسلام اباد عاصمة وشو | CITY:إسلام آباد
reverse-question | اليكسا طهران عاصمة وش | CITY:طهران
reverse-question | اليكسا ادنبرة عاصمة ايش | CITY:إدنبرة
reverse-question | اليكسا اوستن عاصمة اي ولاية | CITY:أوستن
reverse-question | اليكسا ساكرامنتو عاصمة وش | CITY:ساكرامنتو
reverse-question | اليكسا سيدني عاصمة اي ولاية | CITY:سيدني
reverse-question | اليكسا تورنتو عاصمة ايش في كندا | CITY:تورنتو
reverse-question | اليكسا المنامة عاصمة اي دولة | CITY:المنامة
reverse-question | اليكسا الدوحة عاصمة ايش | CITY:الدوحة
reverse-question | اليكسا مسقط عاصمة وين | CITY:مسقط
reverse-question | اليكسا الخرطوم عاصمة شنو | CITY:الخرطوم
reverse-question | اليكسا هانوي عاصمة اي دولة | CITY:هانوي
reverse-question | اليكسا بانكوك عاصمة ايش | CITY:بانكوك
reverse-question | اليكسا جاكرتا عاصمة وش | CITY:جاكرتا
# official names
official-name | اليكسا وش عاصمة {} | جمهورية مصر العربية=EG; الجمهورية العربية السورية=SY; المملكة الاردنية الهاشمية=JO
official-name | اليكسا عاصمة {} شنهي | مملكة البحرين=BH; دولة الكويت=KW; دولة قطر=QA
official-name | اليكسا ايش عاصمة {} | الجمهورية اليمنية=YE; سلطنة عمان=OM; دولة الامارات العربية المتحدة=AE
official-name | اليكسا شنو عاصمة {} | جمهورية السودان=SD; جمهورية جيبوتي=DJ; جمهورية الصومال الفيدرالية=SO
official-name | اليكسا عاصمة {} وشي | المملكة المغربية=MA; الجمهورية التونسية=TN; الجمهورية الجزائرية الديمقراطية الشعبية=DZ
official-name | اليكسا وش عاصمة {} ترا الاستاذ كتبها كذا | الجمهورية الاسلامية الايرانية=IR; جمهورية باكستان الاسلامية=PK; جمهورية افغانستان=AF
official-name | اليكسا عاصمة {} ايش | جمهورية الصين الشعبية=CN; جمهورية كوريا=KR; جمهورية كوريا الديمقراطية الشعبية=KP
official-name | اليكسا وش اسم عاصمة {} | الولايات المتحدة الامريكية=US; المملكة المتحدة=GB; الاتحاد الروسي=RU
official-name | اليكسا عاصمة {} الاسم الرسمي | جمهورية الهند=IN; جمهورية بنغلاديش الشعبية=BD; جمهورية اندونيسيا=ID
official-name | اليكسا عاصمة {} شنو | جمهورية الفلبين=PH; مملكة تايلند=TH; جمهورية فيتنام الاشتراكية=VN
official-name | اليكسا عاصمة {} وش هي | الجمهورية الفرنسية=FR; جمهورية المانيا الاتحادية=DE; مملكة اسبانيا=ES
official-name | اليكسا ابي عاصمة {} | مملكة هولندا=NL; مملكة بلجيكا=BE; الاتحاد السويسري=CH
official-name | اليكسا عاصمة {} ايش تكون | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية افريقيا الوسطى=CF
official-name | اليكسا عاصمة {} وشي بالضبط | جمهورية تركيا=TR; الجمهورية الهيلينية=GR; جمهورية قبرص=CY
official-name | اليكسا عاصمة {} يا خبيرة | دولة فلسطين=PS; جمهورية العراق=IQ; الجمهورية اللبنانية=LB
official-name | اليكسا عاصمة المملكة العربية السعودية | SA
official-name | اليكسا عاصمة {} شنو اسمها | جمهورية جنوب افريقيا=ZA; دولة بوليفيا المتعددة القوميات=BO; جمهورية سريلانكا الديمقراطية الاشتراكية=LK
official-name | اليكسا وش عاصمة {} الرسمية | مملكة اسواتيني=SZ; جمهورية ساحل العاج=CI; اتحاد ميانمار=MM
official-name | اليكسا عاصمة {} وشو | الولايات المتحدة المكسيكية=MX; جمهورية البرازيل الاتحادية=BR; جمهورية الارجنتين=AR
official-name | اليكسا عاصمة {} ايش هي يا عم | جمهورية اثيوبيا الاتحادية الديمقراطية=ET; جمهورية كينيا=KE; جمهورية تنزانيا المتحدة=TZ
official-name | اليكسا عاصمة {} بالاسم الكامل | جمهورية التشيك=CZ; الجمهورية السلوفاكية=SK; جمهورية مقدونيا الشمالية=MK
official-name | اليكسا عاصمة {} شنهي بالله | كومنولث استراليا=AU; دولة اسرائيل=IL; مملكة النرويج=NO
# everyday names
everyday-name | اليكسا الشيبان يقولون {} وش عاصمتها | الشام=SY; بلاد الرافدين=IQ; ام الدنيا=EG
everyday-name | اليكسا عاصمة {} شنهي بالضبط | امريكا=US; اميركا=US; بلاد العم سام=US
everyday-name | اليكسا يا عم ايش عاصمة {} | الكونغو كينشاسا=CD; الكونغو برازافيل=CG; كوت ديفوار=CI
everyday-name | اليكسا اللي يسمونها {} وش عاصمتها | بلاد الشمس المشرقة=JP; بلاد التنين=CN; بلاد الارز=LB
everyday-name | اليكسا عاصمة {} يا ولدي | المملكة=SA; المغرب الاقصى=MA; بلاد الحرمين=SA
everyday-name | اليكسا عاصمة {} شنو يا الغالية | الجزر البريطانية=FB; تيمور الشرقية=TL; جمهورية التشيك=CZ
everyday-name | اليكسا وين عاصمة {} هي نفسها مدينة | الفاتيكان=VA; الكرسي الرسولي=VA; دولة الفاتيكان=VA
everyday-name | اليكسا عاصمة {} بالله | بلاد فارس=IR; بلاد الافغان=AF; بلاد الترك=TR
everyday-name | اليكسا عاصمة {} ايش اسمها | الدومنيكان=DO; الرأس الاخضر=CV; كابو فيردي=CV
everyday-name | اليكسا عاصمة {} شنو يا زول | السودان الشقيق=SD; بلاد النيلين=SD; بلاد النوبة=FB
everyday-name | اليكسا ابلة تقول عاصمة {} وشو | بيلاروسيا=BY; روسيا البيضاء=BY; مولدافيا=MD
everyday-name | اليكسا عاصمة {} شنهو | التشيك=CZ; سلوفاكيا=SK; هنغاريا=HU
everyday-name | اليكسا عاصمة {} وش تطلع | هونغ كونغ=HK; ماكاو=MO; تايوان الصين الوطنية=TW
everyday-name | اليكسا عاصمة {} ايش هي يا صاحبي | الصومال الكبير=FB; ارض الصومال=FB; جمهورية الصومال=SO
everyday-name | اليكسا عاصمة {} ذحين | بريطانيا العظمى=GB; انقلترا=GB-ENG; المملكة المتحدة وايرلندا الشمالية=GB
everyday-name | اليكسا وش اسم العاصمة في {} | كوسوفا=XK; الجبل الاسود مونتينيغرو=ME; مونتينيغرو=ME
# shared names, bare and disambiguated
shared-name | اليكسا وش عاصمة جورجيا | GE+US-GA
shared-name | اليكسا عاصمة جورجيا الدولة اللي جنب روسيا | GE
shared-name | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA
shared-name | اليكسا عاصمة جورجيا اللي في امريكا شنو | US-GA
shared-name | اليكسا عاصمة جورجيا اللي نسافر لها في الصيف | GE
shared-name | اليكسا عاصمة الكونغو وش | CD+CG
shared-name | اليكسا عاصمة الكونغو الكبيرة اللي فيها نهر الكونغو كينشاسا | CD
shared-name | اليكسا عاصمة الكونغو الصغيرة | CG
shared-name | اليكسا عاصمة الكونجو شنو ياخ | CD+CG
shared-name | اليكسا عواصم الكونغوين الاثنين | CD+CG
shared-name | اليكسا عاصمة كوريا وش | KP+KR
shared-name | اليكسا عاصمة الكوريتين | KP+KR
shared-name | اليكسا عاصمة كوريا اللي فيها المسلسلات | KR
shared-name | اليكسا عاصمة كوريا الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة كوريا الشمالية اللي فيها كيم | KP
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا عاصمة جزر العذراء الامريكية | VI
shared-name | اليكسا عاصمة جزر فيرجن البريطانية شنهي | VG
shared-name | اليكسا عاصمة دومينيكا والدومينيكان | DM+DO
shared-name | اليكسا عاصمة دومينيكا الجزيرة الصغيرة مو الدومينيكان | DM
shared-name | اليكسا عاصمة غينيا بس غينيا مو غينيا بيساو | GN
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا وش عاصمة واشنطن الولاية مو العاصمة | US-WA
shared-name | اليكسا عاصمة ولاية نيومكسيكو مو المكسيك | US-NM
shared-name | اليكسا عاصمة البنجاب اللي في الهند | IN-PB
shared-name | اليكسا عاصمة لوكسمبورغ الدولة | LU
# old names
old-name | اليكسا وش عاصمة {} زمان | سيام=TH; بورما=MM; سيلان=LK
old-name | اليكسا عاصمة {} اللي كانت تسمى كذا | زائير=CD; داهومي=BJ; فولتا العليا=BF
old-name | الشايب يقول {} وش عاصمتها يا اليكسا | الحبشة=ET; بلاد فارس=IR; روديسيا=ZW
old-name | اليكسا عاصمة {} القديمة اسمها | سوازيلاند=SZ; باسوتولاند=LS; بتشوانالاند=BW
old-name | اليكسا جدي يسميها {} وش عاصمتها | ساحل الذهب=GH; نياسالاند=MW; تنجانيقا=TZ
old-name | اليكسا عاصمة {} يوم كان اسمها كذا | كمبوديا كمبوتشيا=KH; سيلان الجزيرة=LK; الملايو=MY
old-name | اليكسا عاصمة {} شنو ياخ زمان | السودان الانجليزي المصري=SD; الكونغو البلجيكي=CD; غينيا الاسبانية=GQ
old-name | اليكسا قبل الاستقلال كانت {} وش عاصمتها | جزر الهند الغربية الدنماركية=VI; غيانا الهولندية=SR; جزر الهند الشرقية الهولندية=ID
old-name | اليكسا عاصمة {} اللي قبل | الصومال الايطالي=SO; ارض الصومال الفرنسي=DJ; عدن=FB
# hesitations and fillers
hesitation | اليكسا امم وش عاصمة اه {} | الكويت=KW; قطر=QA; لاتفيا=LV
hesitation | اليكسا يعني اه عاصمة {} يعني | مالاوي=MW; بوتسوانا=BW; ناميبيا=NA
hesitation | اليكسا وش وش عاصمة {} | كرواتيا=HR; البوسنة=BA; صربيا=RS
hesitation | اليكسا ممم عاصمة اللي اسمها {} | كيريباس=KI; توفالو=TV; فانواتو=VU
hesitation | اليكسا اه اه عاصمة {} ايش | الغابون=GA; الكاميرون=CM; تشاد=TD
hesitation | اليكسا هيه عاصمة {} اممم شنو | سيشيل=SC; موريشيوس=MU; جزر القمر=KM
hesitation | اليكسا يعني وش اسمه عاصمة {} | اوزبكستان=UZ; قيرغيزيا=KG; طاجكستان=TJ
hesitation | اليكسا اللي هي اه عاصمة {} يعني | ليختنشتاين=LI; سان مارينو=SM; اندورا=AD
# launches (the invocation name guessed: عواصم العالم)
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا افتح لعبة عواصم العالم | LAUNCH
launch | اليكسا شغل مهارة عواصم العالم | LAUNCH
launch | اليكسا ابدي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | عواصم العالم يا اليكسا | LAUNCH
launch | اليكسا ابغي افتح عواصم العالم | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم للعيال | LAUNCH
launch | اليكسا افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا انت يفتح عواصم العالم | LAUNCH
launch | اليكسا دخليني على عواصم العالم | LAUNCH
launch | اليكسا نبي نلعب عواصم العالم | LAUNCH
launch | اليكسا اشتغلي عواصم العالم | LAUNCH
launch | اليكسا داير افتح عواصم العالم | LAUNCH
launch | اليكسا بليز افتحي عواصم العالم | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا فكي عواصم العالم | LAUNCH
launch | اليكسا ولعي عواصم العالم | LAUNCH
launch | اليكسا افتحي العواصم | LAUNCH
launch | اليكسا شغلي العواصم يا بعد حيي | LAUNCH
launch | اليكسا افتحي لي عواصم العالم الحين | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
one-shot | اليكسا اسال عواصم العالم عن عاصمة النيجر | NE
one-shot | اليكسا اسالي عواصم العالم وش عاصمة بيرو | PE
one-shot | اليكسا قولي لعواصم العالم عاصمة المالديف | MV
# one-shots through the guessed invocation name
one-shot | اليكسا اسالي عواصم العالم عن عاصمة {} | غواتيمالا=GT; هندوراس=HN; ليسوتو=LS
one-shot | اليكسا خلي عواصم العالم تقول عاصمة {} | بوتان=BT; منغوليا=MN; سورينام=SR
# help
help | اليكسا وش اسوي | HELP
help | اليكسا كيف العب | HELP
help | اليكسا ساعديني | HELP
help | اليكسا وش اقول لك | HELP
help | اليكسا مساعدة | HELP
help | اليكسا ابي مساعدة يا بعد حيي | HELP
help | اليكسا شنهو اقدر اسال | HELP
help | اليكسا شلون تشتغل هذي | HELP
help | اليكسا ايش الاسئلة اللي تعرفيها | HELP
help | اليكسا انا ما فهمت كيف | HELP
help | اليكسا شنو بسوي هسي ما فاهم حاجة | HELP
help | اليكسا انت يعلم انا كيف | HELP
help | اليكسا هيلب | HELP
help | اليكسا هيلب مي بليز | HELP
help | اليكسا وش القوانين | HELP
help | اليكسا علميني كيف اسال عن العواصم | HELP
help | اليكسا ايش اقدر اقول ذلحين | HELP
help | اليكسا وشو هذي اللعبة كيف تمشي | HELP
help | اليكسا اشرحي لي | HELP
help | اليكسا ضايعة مو عارفة وش اسوي | HELP
help | اليكسا التعليمات | HELP
help | اليكسا الجدة ما تعرف تستخدمها ساعديها | HELP
help | اليكسا كيف اسالك عن عاصمة | HELP
help | اليكسا وش الاوامر | HELP
help | اليكسا عاوني شوي | HELP
# stop
stop | اليكسا وقفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا بس خلاص | STOP
stop | اليكسا اطلعي | STOP
stop | اليكسا سكري | STOP
stop | اليكسا انهي | STOP
stop | اليكسا اقفلي | STOP
stop | اليكسا خلاص يكفي | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا وقف ياخ | STOP
stop | اليكسا انت سكت | STOP
stop | اليكسا كفاية | STOP
stop | اليكسا اسكتي الحين العيال نايمين | STOP
stop | اليكسا طفي | STOP
stop | اليكسا بس بس | STOP
stop | اليكسا خلاص انتهينا | STOP
stop | اليكسا اطلع من اللعبة | STOP
stop | اليكسا سكت ذلحين | STOP
stop | اليكسا قفلي عواصم العالم | STOP
stop | اليكسا اقفل المهارة | STOP
stop | اليكسا انا خلصت باي | STOP
stop | اليكسا يكفي اليوم | STOP
stop | اليكسا وقفي اللعبة | STOP
stop | اليكسا هدوء | STOP
stop | اليكسا اوقف | STOP
# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا انسي | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا لا خلاص ما ابي | CANCEL
cancel | اليكسا تجاهلي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا لا ما يحتاج | CANCEL
cancel | اليكسا خليها | CANCEL
cancel | اليكسا مو مهم | CANCEL
cancel | اليكسا عادي انسي | CANCEL
cancel | اليكسا كانسل بليز | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا خلاص ما يحتاج يا عم | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا ما داير خلاص | CANCEL
cancel | اليكسا نو نو كنسل | CANCEL
cancel | اليكسا سامحيني ما ابي شي | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا لا عادي مو لازم | CANCEL
cancel | اليكسا خلاص انسيه | CANCEL
cancel | اليكسا بطلت | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا ولا شي | CANCEL
# out-of-domain: other questions, other requests, capital in other senses, places the data lacks
out-of-domain | اليكسا كم الساعة | FB
out-of-domain | اليكسا متى اذان المغرب | FB
out-of-domain | اليكسا وش الجو بكرة في بريدة | FB
out-of-domain | اليكسا شغلي قران | FB
out-of-domain | اليكسا شغلي سورة الكهف | FB
out-of-domain | اليكسا كم سعر التمر السكري اليوم | FB
out-of-domain | اليكسا طفي النور | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا ذكريني بالدوا الساعة تسع | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش نتيجة الهلال والنصر | FB
out-of-domain | اليكسا شغلي طلال مداح | FB
out-of-domain | اليكسا شغلي شيلات | FB
out-of-domain | اليكسا كم سعر البرميل اليوم | FB
out-of-domain | اليكسا سعر سهم ارامكو | FB
out-of-domain | اليكسا شنهو الطقس في القطيف | FB
out-of-domain | اليكسا شغلي محمد عبده | FB
out-of-domain | اليكسا حطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا كم درجة الحرارة في الخبر | FB
out-of-domain | اليكسا كم يبعد الدمام عن الرياض | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا رأس المال وش يعني | FB
out-of-domain | اليكسا كم رأس مال شركة ارامكو | FB
out-of-domain | اليكسا وش الفرق بين الحرف الكابيتال والسمول | FB
out-of-domain | اليكسا كيف اكتب حرف كابيتال في الكيبورد | FB
out-of-domain | اليكسا ابي افتح مشروع براس مال صغير | FB
out-of-domain | اليكسا العاصمة الادارية الجديدة في مصر وش فيها | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة وش هي | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا عاصمة النفط في العالم وين | FB
out-of-domain | اليكسا مين ملك بريطانيا | FB
out-of-domain | اليكسا كم عدد سكان الصين | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا مين رئيس امريكا | FB
out-of-domain | اليكسا وش علم كندا | FB
out-of-domain | اليكسا كم تبعد الرياض عن دبي | FB
out-of-domain | اليكسا حولي مية دولار لريال | FB
out-of-domain | اليكسا كم الريال بالروبية الهندية | FB
out-of-domain | اليكسا كم الجنيه السوداني مقابل الريال | FB
out-of-domain | اليكسا اتصلي على امي | FB
out-of-domain | اليكسا ارسلي رسالة لابوي | FB
out-of-domain | اليكسا ضيفي حليب على قائمة المشتريات | FB
out-of-domain | اليكسا اطلبي لي بيتزا | FB
out-of-domain | اليكسا قولي نكتة | FB
out-of-domain | اليكسا غني لي | FB
out-of-domain | اليكسا وش اسمك | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا احكي لي قصة للعيال | FB
out-of-domain | اليكسا كم تسعة في ثمانية | FB
out-of-domain | اليكسا كم يساوي مية ناقص سبعة وثلاثين | FB
out-of-domain | اليكسا وش تاريخ اليوم هجري | FB
out-of-domain | اليكسا متى العيد | FB
out-of-domain | اليكسا وين اقرب محطة بنزين | FB
out-of-domain | اليكسا كيف اطبخ كبسة | FB
out-of-domain | اليكسا وش اخبار اليوم | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا وقت صلاة الجمعة | FB
out-of-domain | اليكسا وش عاصمة كردستان | FB
out-of-domain | اليكسا عاصمة التبت وش هي | FB
out-of-domain | اليكسا عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة كتالونيا شنهي | FB
out-of-domain | اليكسا عاصمة القرم | FB
out-of-domain | اليكسا عاصمة زنجبار ايش | FB
out-of-domain | اليكسا عاصمة ارض الصومال هرجيسا صح | FB
out-of-domain | اليكسا عاصمة دارفور شنو | FB
out-of-domain | اليكسا عاصمة كردفان | FB
out-of-domain | اليكسا عاصمة حضرموت ايش | FB
out-of-domain | اليكسا عاصمة منطقة القصيم وش | FB
out-of-domain | اليكسا عاصمة المنطقة الشرقية الدمام صح | FB
out-of-domain | اليكسا عاصمة عسير ابها ولا خميس | FB
out-of-domain | اليكسا عاصمة منطقة جازان | FB
out-of-domain | اليكسا عاصمة دبي | FB
out-of-domain | اليكسا عاصمة الشارقة ايش | FB
learner-workers | اليكسا عاصمة اقليم كيرلا الهندي انت يعرف كوتشي | IN-KL
out-of-domain | اليكسا عاصمة الاندلس زمان | FB
out-of-domain | اليكسا عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة الاموية وش كانت | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية زمان | FB
out-of-domain | اليكسا عاصمة اليمن الجنوبي قبل الوحدة | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى الدرعية صح | FB
out-of-domain | اليكسا عاصمة الامبراطورية الرومانية | FB
out-of-domain | اليكسا عاصمة الفراعنة | FB
out-of-domain | اليكسا عاصمة اتلانتس | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة ويستروس في صراع العروش | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة افريقيا وش هي | FB
out-of-domain | اليكسا عاصمة العالم العربي | FB
out-of-domain | اليكسا عاصمة الخليج | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي بروكسل صح | FB
out-of-domain | اليكسا عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة البلقان | FB
out-of-domain | اليكسا عاصمة الباسك | FB
out-of-domain | اليكسا عاصمة اسكندنافيا | FB
out-of-domain | اليكسا عاصمة بلاد الشام كلها | FB
out-of-domain | اليكسا عاصمة سيناء | FB
out-of-domain | اليكسا عاصمة صقلية | FB
out-of-domain | اليكسا عاصمة بالي | FB
out-of-domain | اليكسا عاصمة كشمير الباكستانية | FB
out-of-domain | اليكسا عاصمة تكساس الحين كم الساعة فيها | FB
out-of-domain | اليكسا افتحي اليوتيوب | FB
out-of-domain | اليكسا شغلي نتفلكس | FB
out-of-domain | اليكسا شغلي كرتون للعيال | FB
out-of-domain | اليكسا كيف احول فلوس للسودان | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا شغلي اغنية فلبينية | FB
out-of-domain | اليكسا ترجمي شكرا للاندونيسي | FB
out-of-domain | اليكسا كيف اقول صباح الخير بالانجليزي | FB
out-of-domain | اليكسا وش موعد مباراة المنتخب | FB
out-of-domain | اليكسا شغلي موسيقى هادية للمذاكرة | FB
out-of-domain | اليكسا حطي تايمر خمس وعشرين دقيقة | FB
out-of-domain | اليكسا وش معنى كابيتال بالعربي | FB
out-of-domain | اليكسا كابيتال ون وش هو بنك | FB
out-of-domain | اليكسا راس مالي خلص وش اسوي | FB
out-of-domain | اليكسا سوق الاسهم السعودي كيف اليوم | FB
out-of-domain | اليكسا وش اكبر مدينة في استراليا | FB
out-of-domain | اليكسا وش اكبر دولة في افريقيا | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا السعودية فيها كم منطقة | FB
out-of-domain | اليكسا الرياض كم عدد سكانها | FB
out-of-domain | اليكسا وش الدولة اللي عاصمتها اكبر مدينة | FB
"""


if __name__ == "__main__":
    build_round(39, "ar", LINES, sys.argv, "tests/Eval/ar/round39/source/build_corpus.py")
