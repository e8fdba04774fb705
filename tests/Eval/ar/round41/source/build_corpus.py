"""Round-41 Arabic evaluation corpus (locale ar-SA), written blind by the corpus49-ar helper (a new author, brief
WRITER49.md) at the start of the forty-third session. Every line was written by hand as one utterance said to an Echo
in Saudi Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces).
Speakers, chosen away from round 40's (old Jeddah shopkeepers, Taif rose farmers, Ha'il falconers, Riyadh teenage
gamers, Jordanian and Palestinian families in Riyadh, Madinah international students, Western learners, truck drivers,
a travel agency) and the groups round 40 lists from rounds 39 and 38:
- Egyptian families living in Riyadh: homework, relatives in the Gulf (`عايز`، `ايه`، `فين`، `بقى`، `دلوقتي`، `يا ستي`، `معلش`),
- Kuwaiti and Bahraini visitors across the causeway in al-Khobar: summer trips, friends (`شنو`، `شلون`، `الحين`، `جذي`، `ابي`),
- Iraqi families in Arar: relatives abroad, old memories (`شنو`، `اكو`، `هسه`، `كلش`، `يابه`، `عيني`),
- Moroccan and Algerian residents of Riyadh, in Darija (`واش`، `بغيت نعرف`، `دابا`، `بزاف`، `عافاك`، `كيفاش`، `مزيان`),
- football fans watching the league, the national team and the World Cup (`المنتخب`، `المحترف`، `المدرب`، `الحارس`),
- young children at home in Dammam asking for homework and cartoons,
- coin and stamp collectors (`عملة`، `الطابع`، `الورقة النقدية`، `المزاد`),
- Saudi cabin crew and pilots between flights (`لاي اوفر`، `الرحلة`، `الكابتن`، `الطاقم`، `الهبوط`),
- retired men who follow the news bulletins (`النشرة`، `القمة`، `المذيع`، `المحلل`).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions, shared names bare and
told apart, plurals of every several-capital country and Palestine, official, everyday and old names, subdivisions
and territories, launches through the guessed name `عواصم العالم`, help, stop and cancel, and fallback lines (other
questions, other devices, "capital" in other senses, regions, historical states, fictional lands). Brief WRITER49.md.
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
# Egyptian families living in Riyadh
egyptian-expats | اليكسا عايز اعرف عاصمة {} ايه | السودان=SD; ليبيا=LY; تشاد=TD
egyptian-expats | يا اليكسا هي عاصمة {} اسمها ايه بقى | اثيوبيا=ET; كينيا=KE; اوغندا=UG
egyptian-expats | اليكسا ابن خالتي اشتغل في {} عاصمتها فين | الكويت=KW; قطر=QA; الامارات=AE
egyptian-expats | اليكسا معلش قوليلي عاصمة {} تاني | فرنسا=FR; المانيا=DE; ايطاليا=IT
egyptian-expats | اليكسا الواد بيذاكر جغرافيا وعايز عاصمة {} | البرازيل=BR; الارجنتين=AR; تشيلي=CL
egyptian-expats | اليكسا يا ستي عاصمة {} ايه دلوقتي | تركيا=TR; اليونان=GR; قبرص=CY
egyptian-expats | اليكسا هو احنا نعرف عاصمة {} ازاي | نيجيريا=NG; غانا=GH; الكاميرون=CM
egyptian-expats | اليكسا المدرسة سألت عن عاصمة {} قولي بسرعة | المجر=HU; رومانيا=RO; بلغاريا=BG
egyptian-expats | اليكسا جوز اختي مسافر {} الاسبوع الجاي عاصمتها ايه | ماليزيا=MY; اندونيسيا=ID; سنغافورة=SG
egyptian-expats | اليكسا ايه هي عاصمة {} يا حبيبتي | الصومال=SO; جيبوتي=DJ; اريتريا=ER
# Kuwaiti and Bahraini visitors across the causeway in al-Khobar
causeway-visitors | اليكسا شنو عاصمة {} الحين | عمان=OM; اليمن=YE; الاردن=JO
causeway-visitors | اليكسا ابي اعرف عاصمة {} شلون اقولها | اذربيجان=AZ; جورجيا الدولة=GE; ارمينيا=AM
causeway-visitors | اليكسا احنا بنسافر الصيف {} شنو عاصمتها | البوسنة=BA; صربيا=RS; الجبل الاسود=ME
causeway-visitors | اليكسا يا حلوة عاصمة {} شنو اسمها | النمسا=AT; سويسرا=CH; التشيك=CZ
causeway-visitors | اليكسا ربعي يقولون عاصمة {} مدري شنو | المالديف=MV; سريلانكا=LK; نيبال=NP
causeway-visitors | اليكسا جذي ولا جذي عاصمة {} شنو | كازاخستان=KZ; اوزبكستان=UZ; قرغيزستان=KG
causeway-visitors | اليكسا عطيني عاصمة {} الله يخليج | الفلبين=PH; فيتنام=VN; تايلاند=TH
causeway-visitors | اليكسا اختي بالجامعة تسال شنو عاصمة {} | استراليا=AU; نيوزيلندا=NZ; كندا=CA
causeway-visitors | اليكسا على طريق الجسر تذكرت شنو عاصمة {} | البحرين=BH; السعودية=SA; العراق=IQ
# Iraqi families in Arar
iraqi-arar | اليكسا شنو عاصمة {} عيني | ايران=IR; سوريا=SY; لبنان=LB
iraqi-arar | اليكسا اكو احد يعرف عاصمة {} هسه | افغانستان=AF; باكستان=PK; طاجيكستان=TJ
iraqi-arar | اليكسا كلش نسيت شنو عاصمة {} | تركمانستان=TM; منغوليا=MN; الصين=CN
iraqi-arar | اليكسا يابه عاصمة {} شنو اسمها | روسيا=RU; اوكرانيا=UA; بيلاروسيا=BY
iraqi-arar | اليكسا عمي راح ل{} بالسبعينات شنو عاصمتها | بولندا=PL; هنغاريا=HU; يوغسلافيا=FB
iraqi-arar | اليكسا شكو ماكو شنو عاصمة {} | مولدوفا=MD; ليتوانيا=LT; لاتفيا=LV
iraqi-arar | اليكسا الجماعة يسالون عاصمة {} شنو هي | استونيا=EE; فنلندا=FI; السويد=SE
iraqi-arar | اليكسا ابن عمي لاجئ ب{} شنو عاصمتها | الدنمارك=DK; النرويج=NO; هولندا=NL
# Moroccan and Algerian residents of Riyadh
maghrebi-residents | اليكسا واش كتعرفي عاصمة {} | موريتانيا=MR; مالي=ML; السنغال=SN
maghrebi-residents | اليكسا بغيت نعرف شنو هي عاصمة {} عافاك | البرتغال=PT; اسبانيا=ES; بلجيكا=BE
maghrebi-residents | اليكسا دابا شنو عاصمة {} | الجزائر=DZ; تونس=TN; المغرب=MA
maghrebi-residents | اليكسا كيفاش سميتها عاصمة {} | بوركينا فاسو=BF; النيجر=NE; غينيا=GN
maghrebi-residents | اليكسا واش عاصمة {} بزاف بعيدة على هنا شنو سميتها | الغابون=GA; الكونغو برازافيل=CG; انغولا=AO
maghrebi-residents | اليكسا الدراري كيسولو على عاصمة {} | ساحل العاج=CI; توغو=TG; بنين=BJ
maghrebi-residents | اليكسا عاود ليا عاصمة {} مزيان | ليبيريا=LR; سيراليون=SL; غامبيا=GM
# Football fans watching matches in Riyadh and Dammam
football-fans | اليكسا المنتخب بيلعب مع {} وش عاصمتهم | اوروغواي=UY; باراغواي=PY; الاكوادور=EC
football-fans | اليكسا المحترف الجديد في الهلال من {} عاصمتها وش | كولومبيا=CO; البيرو=PE; فنزويلا=VE
football-fans | اليكسا كاس العالم الجاية فيها {} وش عاصمتها | المكسيك=MX; امريكا=US; كوستاريكا=CR
football-fans | اليكسا مدرب النصر من {} وش عاصمتها | كرواتيا=HR; سلوفينيا=SI; سلوفاكيا=SK
football-fans | اليكسا في الدوري لاعب من {} قولي عاصمتها | زامبيا=ZM; زيمبابوي=ZW; موزمبيق=MZ
football-fans | يا اليكسا الجمهور يسال عاصمة {} وشي | ويلز=GB-WLS; اسكتلندا=GB-SCT; ايرلندا الشمالية=GB-NIR
football-fans | اليكسا بعد المباراة ابي عاصمة {} | هندوراس=HN; بنما=PA; جامايكا=JM
football-fans | اليكسا الحارس حقهم من {} وش العاصمة هناك | ايسلندا=IS; ايرلندا=IE; انجلترا=GB-ENG
# Young children at home in Dammam
young-children | اليكسا ماما تقول اسالك وش عاصمة {} | اليابان=JP; كوريا الجنوبية=KR; الهند=IN
young-children | اليكسا المعلمة قالت نحفظ عاصمة {} وش هي | مصر=EG; فلسطين=PS; الاردن=JO
young-children | اليكسا انا عمري سبع سنين وش عاصمة {} | بريطانيا=GB; امريكا=US; الصين=CN
young-children | اليكسا اخوي يقول عاصمة {} الرياض صح ولا لا | الكويت=KW; فرنسا=FR; تونس=TN
young-children | اليكسا ابغى عاصمة {} عشان الواجب | ماليزيا=MY; بنغلاديش=BD; ميانمار=MM
young-children | اليكسا في الرسوم المتحركة في {} وش عاصمتها | كوبا=CU; هايتي=HT; الدومينيكان=DO
# Coin and stamp collectors
coin-collectors | اليكسا عندي عملة قديمة من {} وش عاصمتها | لاوس=LA; كمبوديا=KH; بوتان=BT
coin-collectors | اليكسا الطابع هذا مكتوب عليه {} ابي اعرف العاصمة | ناورو=NR; توفالو=TV; كيريباتي=KI
coin-collectors | اليكسا اشتريت ريال فضة من {} في المزاد وش عاصمتها | النمسا=AT; ماريا تيريزا=FB; لوكسمبورغ=LU
coin-collectors | اليكسا الورقة النقدية حقت {} عاصمتها ايش | سيشل=SC; موريشيوس=MU; مدغشقر=MG
coin-collectors | اليكسا ابغى اصنف الطوابع حسب العاصمة وش عاصمة {} | ساموا=WS; تونغا=TO; فيجي=FJ
coin-collectors | اليكسا المجموعة فيها عملات من {} قولي العاصمة | بالاو=PW; جزر مارشال=MH; فانواتو=VU
coin-collectors | اليكسا هالدرهم مكتوب عليه {} وش عاصمتها | ليختنشتاين=LI; موناكو=MC; سان مارينو=SM
coin-collectors | اليكسا طابع نادر من {} وش هي عاصمتها | اندورا=AD; مالطا=MT; الفاتيكان=VA
# Saudi cabin crew and pilots between flights
cabin-crew | اليكسا عندي لاي اوفر في {} وش العاصمة هناك | كينيا=KE; تنزانيا=TZ; رواندا=RW
cabin-crew | اليكسا الرحلة الجاية الى {} عاصمتها ايش | ملاوي=MW; بوروندي=BI; جنوب السودان=SS
cabin-crew | اليكسا الكابتن يسال وش عاصمة {} | ناميبيا=NA; بوتسوانا=BW; ليسوتو=LS
cabin-crew | اليكسا بعد الهبوط في {} ابي اعرف العاصمة | غينيا الاستوائية=GQ; جمهورية افريقيا الوسطى=CF; ساو تومي=ST
cabin-crew | اليكسا الطاقم يتراهن على عاصمة {} | الرأس الاخضر=CV; غينيا بيساو=GW; جزر القمر=KM
cabin-crew | اليكسا رحلتنا الشهر الجاي ل{} وش عاصمتها | بابوا غينيا الجديدة=PG; جزر سليمان=SB; تيمور الشرقية=TL
cabin-crew | اليكسا الركاب سألوني عن عاصمة {} | بروناي=BN; ميكرونيزيا=FM; كوريا الشمالية=KP
# Retired men who follow the news
news-watchers | اليكسا النشرة تكلمت عن {} وش عاصمتها | السلفادور=SV; غواتيمالا=GT; نيكاراغوا=NI
news-watchers | اليكسا القمة هالسنة في {} ما عاصمتها | بليز=BZ; غيانا=GY; سورينام=SR
news-watchers | اليكسا رئيس {} زار المملكة ما هي عاصمة بلاده | ترينيداد وتوباغو=TT; بربادوس=BB; باهاماس=BS
news-watchers | اليكسا المذيع قال {} ونسيت العاصمة | مقدونيا الشمالية=MK; البانيا=AL; كوسوفو=XK
news-watchers | اليكسا الخبر عن انتخابات {} ابي عاصمتها | جورجيا الدولة=GE; بوليفيا=BO; الصومال=SO
news-watchers | اليكسا المؤتمر انعقد في {} وش اسم عاصمتها | غرينادا=GD; دومينيكا=DM; سانت لوسيا=LC
news-watchers | اليكسا المحلل قال ان {} لها موقف وش عاصمتها | سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG; سانت فنسنت والغرينادين=VC
news-watchers | اليكسا الزلزال ضرب {} ما هي العاصمة | اسرائيل=IL; تايوان=TW; الكونغو الديمقراطية=CD
# Plural capitals
plural-capitals | اليكسا كم عاصمة عند جنوب افريقيا وش هي | ZA
plural-capitals | اليكسا عواصم جنوب افريقيا الثلاث وش اسماءها | ZA
plural-capitals | اليكسا سمعت ان لجنوب افريقيا اكثر من عاصمة عطيني اياها كلها | ZA
plural-capitals | اليكسا بوليفيا لها عاصمتين صح وش هم | BO
plural-capitals | اليكسا عايز اعرف عواصم بوليفيا الاتنين | BO
plural-capitals | اليكسا شنو عواصم بوليفيا | BO
plural-capitals | اليكسا ماليزيا عندها عاصمة ادارية وعاصمة رسمية وش هم | MY
plural-capitals | اليكسا قولي عاصمتين ماليزيا | MY
plural-capitals | اليكسا هولندا كم عاصمة لها | NL
plural-capitals | اليكسا شنو عاصمتين هولندا امستردام ولاهاي ولا بس وحدة | NL
plural-capitals | اليكسا عواصم هولندا كلها لو سمحتي | NL
plural-capitals | اليكسا سريلانكا عندها عاصمتين وش اسمائهم | LK
plural-capitals | اليكسا عواصم سيريلانكا ايه | LK
plural-capitals | اليكسا بنين لها عاصمتين وش هي | BJ
plural-capitals | اليكسا ابي العاصمتين حقت بنين | BJ
plural-capitals | اليكسا ساحل العاج عاصمتها ابيدجان ولا ياموسوكرو ولا الاثنين | CI
plural-capitals | اليكسا كوت ديفوار كم عاصمة فيها | CI
plural-capitals | اليكسا عواصم اسواتيني وش هي | SZ
plural-capitals | اليكسا سوازيلاند عندها عاصمتين صح قوليلي هم | SZ
plural-capitals | اليكسا اسواتيني عاصمتها الملكية والادارية وش | SZ
plural-capitals | اليكسا فلسطين عاصمتها القدس ولا رام الله ولا الاثنين قولي العواصم | PS
plural-capitals | اليكسا وش العواصم اللي تذكرينها لفلسطين | PS
plural-capitals | اليكسا جامو وكشمير لها عاصمة صيفية وعاصمة شتوية وش هم | IN-JK
plural-capitals | اليكسا عواصم جامو وكشمير | IN-JK
plural-capitals | اليكسا اوتاراخاند عندها عاصمتين وشو اسماءهم | IN-UK
plural-capitals | اليكسا مونتسرات عاصمتها القديمة والجديدة وش هم | MS
plural-capitals | اليكسا العواصم حقت جنوب افريقيا والادارية منها وشي | ZA
plural-capitals | اليكسا عطيني كل عواصم ماليزيا | MY
plural-capitals | اليكسا كم عاصمة لسريلانكا وش اساميها | LK
plural-capitals | اليكسا يعني بنين عاصمتها بورتو نوفو وكوتونو مع بعض | BJ
plural-capitals | اليكسا عاصمتين بوليفيا سوكري ولا لاباز | BO
plural-capitals | اليكسا عواصم ساحل العاج الاثنتين | CI
# Follow-ups without the word capital
follow-up | اليكسا وبعدين {} | كمبوديا=KH; لاوس=LA; ميانمار=MM
follow-up | اليكسا طيب و{} | السويد=SE; الدنمارك=DK; النرويج=NO
follow-up | اليكسا و{} شنو | الكويت=KW; البحرين=BH; قطر=QA
follow-up | اليكسا طب و{} بقى | السودان=SD; ليبيا=LY; المغرب=MA
follow-up | اليكسا و{} هسه | سوريا=SY; لبنان=LB; الاردن=JO
follow-up | اليكسا حسنا وماذا عن {} | النيجر=NE; مالي=ML; تشاد=TD
follow-up | اليكسا واللي بعدها {} | بيرو=PE; تشيلي=CL; الاكوادور=EC
follow-up | اليكسا زين و{} | ايران=IR; باكستان=PK; افغانستان=AF
follow-up | اليكسا والحين {} | فنلندا=FI; استونيا=EE; لاتفيا=LV
follow-up | اليكسا طيب وش عن {} | الهند=IN; نيبال=NP; بوتان=BT
follow-up | اليكسا اوكي و{} كمان | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
follow-up | اليكسا واش و{} | الجزائر=DZ; تونس=TN; موريتانيا=MR
follow-up | اليكسا ها و{} | كينيا=KE; اثيوبيا=ET; الصومال=SO
follow-up | اليكسا السؤال الثاني {} | كوبا=CU; جامايكا=JM; هايتي=HT
follow-up | اليكسا نفس السؤال عن {} | روسيا=RU; اوكرانيا=UA; بولندا=PL
follow-up | اليكسا والدولة الثانية {} | اليابان=JP; الصين=CN; منغوليا=MN
follow-up | اليكسا وبالنسبة ل{} شنو | تركيا=TR; اليونان=GR; البلغار=BG
follow-up | اليكسا ولا {} يعني | كندا=CA; امريكا=US; المكسيك=MX
# Yes/no checks
yes-no-check | اليكسا عاصمة استراليا سيدني صح | AU
yes-no-check | اليكسا هل عاصمة كندا تورونتو | CA
yes-no-check | اليكسا عاصمة تركيا اسطنبول ولا لا | TR
yes-no-check | اليكسا صحيح ان عاصمة البرازيل ريو | BR
yes-no-check | اليكسا عاصمة نيجيريا لاغوس ولا ابوجا | NG
yes-no-check | اليكسا عاصمة المغرب الرباط صح | MA
yes-no-check | اليكسا عاصمة باكستان كراتشي مو كذا | PK
yes-no-check | اليكسا هو عاصمة سويسرا جنيف ولا زيوريخ | CH
yes-no-check | اليكسا عاصمة نيوزيلندا اوكلاند صح ولا غلط | NZ
yes-no-check | اليكسا هل صحيح ان عاصمة كازاخستان الماتي | KZ
yes-no-check | اليكسا عاصمة تنزانيا دار السلام صح | TZ
yes-no-check | اليكسا عاصمة فيتنام هانوي ولا سايغون | VN
yes-no-check | اليكسا عاصمة الامارات دبي صح يا اليكسا | AE
yes-no-check | اليكسا انا متاكد ان عاصمة ميانمار رانغون صح | MM
yes-no-check | اليكسا عاصمة كوريا الجنوبية سيول ولا بوسان | KR
yes-no-check | اليكسا ريكيافيك عاصمة ايسلندا صح | IS
yes-no-check | اليكسا هل عاصمة بيلاروسيا مينسك | BY
yes-no-check | اليكسا عاصمة الهند مومباي اكيد | IN
yes-no-check | اليكسا عاصمة جنوب السودان جوبا صح ولا لا | SS
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة نيويورك هي نيويورك نفسها صح | US-NY
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان | CI
yes-no-check | اليكسا عاصمة اسكتلندا غلاسكو ولا ادنبره | GB-SCT
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا هل عاصمة الاكوادور غواياكيل | EC
yes-no-check | اليكسا شنو عاصمة بنغلاديش دكا ولا شيتاغونغ | BD
yes-no-check | اليكسا عاصمة العراق البصرة مو | IQ
yes-no-check | اليكسا بيرن عاصمة سويسرا ولا لا | CH
# Self-corrections
self-correction | اليكسا عاصمة النمسا لا لا اقصد استراليا | AU
self-correction | اليكسا وش عاصمة سلوفينيا قصدي سلوفاكيا | SK
self-correction | اليكسا عاصمة ايران لا العراق | IQ
self-correction | اليكسا شنو عاصمة النيجر امم لا نيجيريا | NG
self-correction | اليكسا عاصمة غينيا عفوا غينيا بيساو | GW
self-correction | اليكسا عايز عاصمة السويد لا استنى سويسرا | CH
self-correction | اليكسا عاصمة كولومبيا لا اقصد كولومبيا البريطانية | CA-BC
self-correction | اليكسا عاصمة ايسلندا اه لا ايرلندا | IE
self-correction | اليكسا عاصمة مالي لا ملاوي | MW
self-correction | اليكسا عاصمة لاتفيا لا غلطت ليتوانيا | LT
self-correction | اليكسا عاصمة زامبيا اسفة زيمبابوي | ZW
self-correction | اليكسا شنو عاصمة الكاميرون لا لا الغابون | GA
self-correction | اليكسا عاصمة اوروغواي يوه لا باراغواي | PY
self-correction | اليكسا عاصمة ترينيداد امم قصدي توباغو يعني الدولة كلها | TT
self-correction | اليكسا عاصمة موريتانيا لا لا موريشيوس | MU
self-correction | اليكسا عاصمة بروناي لا بوروندي | BI
self-correction | اليكسا عاصمة فرجينيا لا فرجينيا الغربية | US-WV
self-correction | اليكسا عاصمة داكوتا الشمالية لا الجنوبية | US-SD
self-correction | اليكسا عاصمة السودان اقصد جنوب السودان | SS
self-correction | اليكسا عاصمة النمسا لا لحظة المانيا | DE
self-correction | اليكسا عاصمة ارمينيا لا رومانيا | RO
self-correction | اليكسا وش عاصمة الكونغو اللي هي برازافيل لا اقصد الثانية الديمقراطية | CD
self-correction | اليكسا عاصمة التشيك قصدي تشاد | TD
self-correction | اليكسا عاصمة قطر لا عمان | OM
self-correction | اليكسا عاصمة ساكسونيا لا ساكسونيا السفلى | DE-NI
# Reverse questions
reverse-question | اليكسا القاهرة عاصمة ايش | CITY:القاهرة
reverse-question | اليكسا بكين عاصمة اي دولة | CITY:بكين
reverse-question | اليكسا ليما عاصمة وين | CITY:ليما
reverse-question | اليكسا كانبرا عاصمة اي بلد | CITY:كانبرا
reverse-question | اليكسا اوسلو عاصمة مين | CITY:أوسلو
reverse-question | اليكسا مسقط عاصمة اي دولة | CITY:مسقط
reverse-question | اليكسا شنو الدولة اللي عاصمتها بغداد | CITY:بغداد
reverse-question | اليكسا الدولة اللي عاصمتها نواكشوط وش هي | CITY:نواكشوط
reverse-question | اليكسا كاتماندو عاصمة اي بلد | CITY:كاتماندو
reverse-question | اليكسا مين عاصمتها هافانا | CITY:هافانا
reverse-question | اليكسا تبليسي عاصمة وشو | CITY:تبليسي
reverse-question | اليكسا واغادوغو عاصمة اي دولة | CITY:واغادوغو
reverse-question | اليكسا فيكتوريا عاصمة وين | CITY:فيكتوريا
reverse-question | اليكسا سانت جونز عاصمة اي مكان | CITY:سانت جونز
reverse-question | اليكسا هاميلتون عاصمة ايش | CITY:هاميلتون
reverse-question | اليكسا شانديغار عاصمة وش | CITY:شانديغار
reverse-question | اليكسا اولان باتور عاصمة وين | CITY:أولان باتور
reverse-question | اليكسا بودابست عاصمة اي دولة | CITY:بودابست
reverse-question | اليكسا الخرطوم عاصمة ايش يا ماما | CITY:الخرطوم
reverse-question | اليكسا وين العاصمة اللي اسمها دوشانبي | CITY:دوشانبي
reverse-question | اليكسا سانتياغو عاصمة اي دولة | CITY:سانتياغو
reverse-question | اليكسا ويلينغتون عاصمة مين | CITY:ويلينغتون
reverse-question | اليكسا تالاهاسي عاصمة اي ولاية | CITY:تالاهاسي
reverse-question | اليكسا دوسلدورف عاصمة اي ولاية المانية | CITY:دوسلدورف
reverse-question | اليكسا كينغستون عاصمة وين | CITY:كينغستون
reverse-question | اليكسا اديس ابابا عاصمة ايش | CITY:أديس أبابا
# Official names
official-name | اليكسا ما عاصمة المملكة الاردنية الهاشمية | JO
official-name | اليكسا عاصمة الجمهورية العربية السورية | SY
official-name | اليكسا وش عاصمة جمهورية العراق | IQ
official-name | اليكسا عاصمة دولة الكويت | KW
official-name | اليكسا عاصمة مملكة البحرين شنو | BH
official-name | اليكسا عاصمة دولة قطر | QA
official-name | اليكسا ما هي عاصمة الجمهورية اليمنية | YE
official-name | اليكسا عاصمة الجمهورية الاسلامية الايرانية | IR
official-name | اليكسا عاصمة جمهورية باكستان الاسلامية | PK
official-name | اليكسا عاصمة الجمهورية الجزائرية الديمقراطية الشعبية | DZ
official-name | اليكسا عاصمة المملكة المغربية واش هي | MA
official-name | اليكسا الجمهورية التونسية عاصمتها | TN
official-name | اليكسا عاصمة الجمهورية الاسلامية الموريتانية | MR
official-name | اليكسا عاصمة جمهورية السودان | SD
official-name | اليكسا ما عاصمة جمهورية جيبوتي | DJ
official-name | اليكسا عاصمة الاتحاد الروسي | RU
official-name | اليكسا جمهورية الصين الشعبية عاصمتها ايش | CN
official-name | اليكسا عاصمة جمهورية كوريا الديمقراطية الشعبية | KP
official-name | اليكسا عاصمة جمهورية كوريا | KR
official-name | اليكسا ما عاصمة المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية | GB
official-name | اليكسا عاصمة الولايات المتحدة الامريكية | US
official-name | اليكسا عاصمة الولايات المتحدة المكسيكية | MX
official-name | اليكسا عاصمة جمهورية المانيا الاتحادية | DE
official-name | اليكسا عاصمة الجمهورية الفرنسية | FR
official-name | اليكسا عاصمة الجمهورية الهيلينية | GR
official-name | اليكسا عاصمة مملكة اسبانيا | ES
official-name | اليكسا عاصمة مملكة بلجيكا | BE
official-name | اليكسا عاصمة مملكة هولندا | NL
official-name | اليكسا عاصمة الاتحاد السويسري | CH
official-name | اليكسا عاصمة جمهورية التشيك | CZ
official-name | اليكسا عاصمة جمهورية الهند | IN
official-name | اليكسا عاصمة جمهورية اتحاد ميانمار | MM
official-name | اليكسا عاصمة جمهورية لاو الديمقراطية الشعبية | LA
official-name | اليكسا عاصمة جمهورية الفلبين | PH
official-name | اليكسا عاصمة جمهورية تنزانيا المتحدة | TZ
official-name | اليكسا عاصمة جمهورية الكونغو الديمقراطية | CD
official-name | اليكسا عاصمة جمهورية جنوب افريقيا | ZA
official-name | اليكسا عاصمة جمهورية غينيا الاستوائية | GQ
official-name | اليكسا عاصمة دولة بوليفيا المتعددة القوميات | BO
official-name | اليكسا عاصمة جمهورية فنزويلا البوليفارية | VE
official-name | اليكسا عاصمة جمهورية الدومينيكان | DO
official-name | اليكسا عاصمة كومنولث دومينيكا | DM
official-name | اليكسا عاصمة اتحاد جزر القمر | KM
official-name | اليكسا عاصمة جمهورية سريلانكا الاشتراكية الديمقراطية | LK
official-name | اليكسا عاصمة دولة مدينة الفاتيكان | VA
official-name | اليكسا عاصمة امارة موناكو | MC
official-name | اليكسا عاصمة امارة ليختنشتاين | LI
official-name | اليكسا عاصمة امارة اندورا | AD
official-name | اليكسا عاصمة مملكة تونغا | TO
official-name | اليكسا عاصمة مملكة بوتان | BT
official-name | اليكسا عاصمة مملكة كمبوديا | KH
official-name | اليكسا عاصمة مملكة ليسوتو | LS
official-name | اليكسا عاصمة مملكة اسواتيني | SZ
official-name | اليكسا عاصمة جمهورية كوسوفو | XK
official-name | اليكسا عاصمة دولة فلسطين | PS
official-name | اليكسا عاصمة جمهورية الصين تايوان | TW
official-name | اليكسا عاصمة جمهورية تيمور الشرقية الديمقراطية | TL
official-name | اليكسا عاصمة جمهورية الرأس الاخضر | CV
official-name | اليكسا عاصمة جمهورية ساو تومي وبرينسيبي الديمقراطية | ST
official-name | اليكسا عاصمة جمهورية مقدونيا الشمالية | MK
official-name | اليكسا عاصمة الجمهورية التركية يعني تركيا | TR
official-name | اليكسا عاصمة جمهورية مصر العربية ايه | EG
# Everyday names
everyday-name | اليكسا عاصمة امريكا وش هي | US
everyday-name | اليكسا عاصمة بلاد الحرمين | SA
everyday-name | اليكسا عاصمة بلاد الرافدين | IQ
everyday-name | اليكسا عاصمة ام الدنيا | EG
everyday-name | اليكسا عاصمة بلاد النيلين | SD
everyday-name | اليكسا عاصمة اليمن السعيد | YE
everyday-name | اليكسا عاصمة الهولندا | NL
everyday-name | اليكسا عاصمة انقلترا | GB-ENG
everyday-name | اليكسا عاصمة الامارات يعني ابوظبي ولا دبي | AE
everyday-name | اليكسا عاصمة بلاد فارس | IR
everyday-name | اليكسا عاصمة بلاد الاناضول | TR
everyday-name | اليكسا عاصمة بلاد الشام | SY
everyday-name | اليكسا عاصمة المغرب العربي الاقصى | MA
everyday-name | اليكسا عاصمة بلاد التنين | CN
everyday-name | اليكسا عاصمة بلاد الساموراي | JP
everyday-name | اليكسا عاصمة بلاد الدب الروسي | RU
everyday-name | اليكسا عاصمة بلاد الحبشة | ET
everyday-name | اليكسا عاصمة الفيلبين | PH
everyday-name | اليكسا عاصمة بلاد الالف بحيرة | FI
everyday-name | اليكسا عاصمة الارجنتين بلاد ميسي | AR
everyday-name | اليكسا عاصمة البرتغال بلد رونالدو | PT
everyday-name | اليكسا عاصمة بلاد الطليان | IT
everyday-name | اليكسا عاصمة بلاد الانجليز | GB
everyday-name | اليكسا عاصمة بلاد الفرنجة | FR
everyday-name | اليكسا عاصمة بلاد الهنود | IN
everyday-name | اليكسا عاصمة اليونان بلاد الاغريق | GR
everyday-name | اليكسا عاصمة بلاد الافغان | AF
everyday-name | اليكسا عاصمة التشيك يعني التشيكيا | CZ
everyday-name | اليكسا عاصمة بيلاروس روسيا البيضاء | BY
everyday-name | اليكسا عاصمة الجبل الاسود مونتينيغرو | ME
everyday-name | اليكسا عاصمة كوت ديفوار | CI
everyday-name | اليكسا عاصمة الجمهورية الدومنيكية | DO
everyday-name | اليكسا عاصمة تيمور ليشتي | TL
everyday-name | اليكسا عاصمة ميكرونيسيا | FM
everyday-name | اليكسا عاصمة جزر الباهاما | BS
everyday-name | اليكسا عاصمة الدنمرك | DK
everyday-name | اليكسا عاصمة تركيا يعني توركيا | TR
everyday-name | اليكسا عاصمة المانيا بلاد الالمان | DE
# Shared names
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا عواصم الكوريتين | KP+KR
shared-name | اليكسا عاصمة جورجيا | GE+US-GA
shared-name | اليكسا جورجيا الولاية الامريكية عاصمتها | US-GA
shared-name | اليكسا جورجيا اللي جنب روسيا عاصمتها وش | GE
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عواصم الكونغوين الاثنين | CD+CG
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا جزر العذراء البريطانية عاصمتها | VG
shared-name | اليكسا جزر فيرجن الامريكية عاصمتها شنو | VI
shared-name | اليكسا عاصمة دومينيكا وجمهورية الدومينيكان | DM+DO
shared-name | اليكسا عاصمة كوريا الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة الكونغو كينشاسا | CD
shared-name | اليكسا عاصمة ولاية واشنطن مو واشنطن العاصمة | US-WA
shared-name | اليكسا عاصمة نيو مكسيكو الولاية | US-NM
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة كولومبيا الدولة مو الكندية | CO
shared-name | اليكسا عاصمة لوكسمبورغ الدولة | LU
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة سان مارتن الفرنسية | MF
shared-name | اليكسا عاصمة الكوريتان | KP+KR
# Subdivisions
subdivision | اليكسا عاصمة ولاية {} الامريكية وش هي | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
subdivision | اليكسا ولدي يدرس في {} وش عاصمة الولاية | اوهايو=US-OH; ميشيغان=US-MI; انديانا=US-IN
subdivision | اليكسا شنو عاصمة ولاية {} | الاسكا=US-AK; هاواي=US-HI; اوريغون=US-OR
subdivision | اليكسا عايز عاصمة ولاية {} في امريكا | نيوجيرسي=US-NJ; بنسلفانيا=US-PA; ماريلاند=US-MD
subdivision | اليكسا {} الامريكية عاصمتها ايش | ايلينوي=US-IL; ويسكونسن=US-WI; مينيسوتا=US-MN
subdivision | اليكسا ابتعاث اخوي في {} ابي عاصمة الولاية | كولورادو=US-CO; اريزونا=US-AZ; يوتا=US-UT
subdivision | اليكسا ما هي عاصمة ولاية {} | كنتاكي=US-KY; تينيسي=US-TN; الاباما=US-AL
subdivision | اليكسا عاصمة {} في امريكا | ماساتشوستس=US-MA; كونيتيكت=US-CT; رود ايلاند=US-RI
subdivision | اليكسا شنو عاصمة {} الولاية | لويزيانا=US-LA; ميسيسيبي=US-MS; اركنساس=US-AR
subdivision | اليكسا عاصمة ولاية {} عشان الامتحان | كانساس=US-KS; نبراسكا=US-NE; ايوا=US-IA
subdivision | اليكسا الولاية اللي اسمها {} وش عاصمتها | ميزوري=US-MO; اوكلاهوما=US-OK; نيفادا=US-NV
subdivision | اليكسا عاصمة ولاية {} شنو | مونتانا=US-MT; وايومنغ=US-WY; ايداهو=US-ID
subdivision | اليكسا ولاية {} عاصمتها ايه | فيرمونت=US-VT; نيوهامشير=US-NH; مين=US-ME
subdivision | اليكسا ابغى عاصمة ولاية {} | ديلاوير=US-DE; فيرجينيا=US-VA; كارولاينا الشمالية=US-NC
subdivision | اليكسا عاصمة ولاية {} لو سمحت | كارولاينا الجنوبية=US-SC; داكوتا الشمالية=US-ND; واشنطن=US-WA
subdivision | اليكسا عاصمة مقاطعة {} الكندية | اونتاريو=CA-ON; كيبك=CA-QC; البرتا=CA-AB
subdivision | اليكسا بنتي تدرس في {} في كندا وش العاصمة هناك | نوفا سكوشا=CA-NS; مانيتوبا=CA-MB; ساسكاتشوان=CA-SK
subdivision | اليكسا عاصمة {} في كندا شنو | نيو برونزويك=CA-NB; جزيرة الامير ادوارد=CA-PE; نيوفاوندلاند=CA-NL
subdivision | اليكسا ما عاصمة اقليم {} الكندي | يوكون=CA-YT; نونافوت=CA-NU; الاقاليم الشمالية الغربية=CA-NT
subdivision | اليكسا عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا {} في استراليا عاصمتها ايش | نيو ساوث ويلز=AU-NSW; استراليا الغربية=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا عاصمة {} في استراليا | الاقليم الشمالي=AU-NT; اقليم العاصمة الاسترالية=AU-ACT; كوينزلاند الاسترالية=AU-QLD
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرلا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا السواق حقنا من {} وش عاصمة ولايته | البنجاب الهندية=IN-PB; اوتار براديش=IN-UP; بيهار=IN-BR
subdivision | اليكسا الممرضة من {} في الهند عاصمتها ايش | غوا=IN-GA; ماهاراشترا=IN-MH; غوجارات=IN-GJ
subdivision | اليكسا عاصمة ولاية {} في الهند | راجستان=IN-RJ; البنغال الغربية=IN-WB; اسام=IN-AS
subdivision | اليكسا شنو عاصمة {} الهندية | تيلانجانا=IN-TS; اندرا براديش=IN-AP; اوديشا=IN-OD
subdivision | اليكسا عاصمة {} بالهند | ماديا براديش=IN-MP; جهارخاند=IN-JH; هاريانا=IN-HR
subdivision | اليكسا عاصمة {} الهندية وش هي | سيكيم=IN-SK; مانيبور=IN-MN; ميغالايا=IN-ML
subdivision | اليكسا اقليم {} في الهند عاصمته | لاداخ=IN-LA; دلهي=IN-DL; بونديشيري=IN-PY
subdivision | اليكسا عاصمة ولاية {} الالمانية | بافاريا=DE-BY; هيسن=DE-HE; ساكسونيا=DE-SN
subdivision | اليكسا ولاية {} في المانيا عاصمتها وش | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; راينلاند بفالتس=DE-RP
subdivision | اليكسا عاصمة {} الالمانية ايش | براندنبورغ=DE-BB; تورينغن=DE-TH; ساكسونيا انهالت=DE-ST
subdivision | اليكسا عاصمة ولاية {} بالمانيا | شليسفيغ هولشتاين=DE-SH; مكلنبورغ=DE-MV; زارلاند=DE-SL
subdivision | اليكسا ولاية {} الالمانية شنو عاصمتها | هامبورغ=DE-HH; بريمن=DE-HB; برلين الولاية=DE-BE
subdivision | اليكسا عاصمة ولاية {} البرازيلية | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; باهيا=BR-BA
subdivision | اليكسا ولاية {} في البرازيل عاصمتها | الامازوناس=BR-AM; بارا=BR-PA; سيارا=BR-CE
subdivision | اليكسا عاصمة {} البرازيلية وش هي | ميناس جيرايس=BR-MG; بارانا=BR-PR; بيرنامبوكو=BR-PE
subdivision | اليكسا عاصمة ولاية {} في البرازيل | ريو غراندي دو سول=BR-RS; سانتا كاتارينا=BR-SC; غوياس=BR-GO
subdivision | اليكسا عاصمة {} في البرازيل ايه | ماتو غروسو=BR-MT; اكري=BR-AC; روندونيا=BR-RO
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا ولاية {} في المكسيك عاصمتها | واهاكا=MX-OAX; تشياباس=MX-CHP; فيراكروز=MX-VER
subdivision | اليكسا عاصمة {} المكسيكية وشي | سونورا=MX-SON; شيواوا=MX-CHH; كينتانا رو=MX-ROO
subdivision | اليكسا عاصمة ولاية {} بالمكسيك | باخا كاليفورنيا=MX-BCN; سينالوا=MX-SIN; غيريرو=MX-GRO
subdivision | اليكسا عاصمة ولاية {} بالمكسيك شنو هي | ميتشواكان=MX-MIC; بويبلا=MX-PUE; تاماوليباس=MX-TAM
subdivision | اليكسا عاصمة انجلترا ايش | GB-ENG
subdivision | اليكسا عاصمة اسكوتلندا | GB-SCT
subdivision | اليكسا شنو عاصمة ويلز | GB-WLS
subdivision | اليكسا عاصمة شمال ايرلندا | GB-NIR
subdivision | اليكسا عاصمة ولاية نيويورك مو المدينة | US-NY
subdivision | اليكسا عاصمة ولاية فيرجينيا الغربية | US-WV
subdivision | اليكسا عاصمة داكوتا الجنوبية | US-SD
subdivision | اليكسا عاصمة نيو مكسيكو | US-NM
subdivision | اليكسا عاصمة كولومبيا البريطانية | CA-BC
subdivision | اليكسا عاصمة ساكسونيا السفلى | DE-NI
subdivision | اليكسا عاصمة جامو وكشمير | IN-JK
subdivision | اليكسا عاصمة ولاية ميكسيكو اللي حول العاصمة | MX-MEX
subdivision | اليكسا عاصمة الولاية اللي فيها ديزني لاند كاليفورنيا | US-CA
subdivision | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA
# Territories
territory | اليكسا عاصمة {} وش هي | غرينلاند=GL; جزر فارو=FO; ايسلندا=IS
territory | اليكسا عاصمة جزيرة {} | بورتوريكو=PR; غوام=GU; جيرسي=JE
territory | اليكسا {} تتبع مين وعاصمتها ايش | جبل طارق=GI; برمودا=BM; جزر فوكلاند=FK
territory | اليكسا عاصمة جزر {} | كايمان=KY; كوك=CK; توركس وكايكوس=TC
territory | اليكسا شنو عاصمة {} الفرنسية | بولينيزيا=PF; غويانا=GF; كاليدونيا الجديدة=NC
territory | اليكسا عاصمة جزيرة {} الفرنسية | المارتينيك=MQ; غوادلوب=GP; لا ريونيون=RE
territory | اليكسا عاصمة {} اللي في الكاريبي | اروبا=AW; كوراساو=CW; انغويلا=AI
territory | اليكسا عاصمة جزيرة {} ايه | مان=IM; غيرنزي=GG; مايوت=YT
territory | اليكسا عاصمة {} | هونغ كونغ=HK; ماكاو=MO; القارة القطبية الجنوبية=AQ
territory | اليكسا عاصمة {} التابعة لامريكا | ساموا الامريكية=AS; جزر ماريانا الشمالية=MP; جزر فيرجن الامريكية=VI
territory | اليكسا ما عاصمة {} | الصحراء الغربية=EH; سانت هيلينا=SH; جزر بيتكيرن=PN
territory | اليكسا عاصمة جزيرة {} الاسترالية | نورفولك=NF; كريسماس=CX; كوكوس=CC
territory | اليكسا عاصمة {} بالمحيط الهادي | نيوي=NU; توكيلاو=TK; واليس وفوتونا=WF
territory | اليكسا عاصمة {} الاسكندنافية | سفالبارد=SJ; جزر اولاند=AX; جزر الفارو=FO
territory | اليكسا عاصمة سان بيير وميكلون | PM
territory | اليكسا عاصمة سان بارتيليمي | BL
territory | اليكسا عاصمة جزر فيرجن البريطانية | VG
territory | اليكسا عاصمة الاقليم البريطاني في المحيط الهندي | IO
territory | اليكسا عاصمة هولندا الكاريبية بونير | BQ
territory | اليكسا عاصمة مونتسيرات | MS
territory | اليكسا عاصمة جورجيا الجنوبية وجزر ساندويتش | GS
territory | اليكسا عاصمة الاقاليم الجنوبية الفرنسية | TF
# Old names
old-name | اليكسا عاصمة سيام | TH
old-name | اليكسا عاصمة بورما | MM
old-name | اليكسا عاصمة سيلان | LK
old-name | اليكسا عاصمة الحبشة زمان | ET
old-name | اليكسا عاصمة داهومي | BJ
old-name | اليكسا عاصمة فولتا العليا | BF
old-name | اليكسا عاصمة زائير | CD
old-name | اليكسا عاصمة روديسيا | ZW
old-name | اليكسا عاصمة سوازيلاند | SZ
old-name | اليكسا عاصمة بلاد فارس زمان | IR
old-name | اليكسا عاصمة كمبوتشيا | KH
old-name | اليكسا عاصمة ساحل الذهب | GH
old-name | اليكسا عاصمة تنجانيقا | TZ
old-name | اليكسا عاصمة نياسالاند | MW
old-name | اليكسا عاصمة باسوتولاند | LS
old-name | اليكسا عاصمة بيتشوانالاند | BW
old-name | اليكسا عاصمة روديسيا الشمالية | ZM
old-name | اليكسا عاصمة جزر الهند الشرقية الهولندية | ID
old-name | اليكسا عاصمة غيانا الهولندية | SR
old-name | اليكسا عاصمة مقدونيا | MK
old-name | اليكسا عاصمة ملايا | MY
old-name | اليكسا عاصمة الصومال الفرنسي | DJ
old-name | اليكسا عاصمة غينيا الاسبانية | GQ
old-name | اليكسا عاصمة برمانيا | MM
old-name | اليكسا عاصمة الكونغو البلجيكي | CD
old-name | اليكسا عاصمة فورموزا | TW
old-name | اليكسا عاصمة هولندا اللي كانوا يسمونها الاراضي المنخفضة | NL
# Help
help | اليكسا مساعدة | HELP
help | اليكسا وش تقدرين تسوين بهاللعبة | HELP
help | اليكسا عايز مساعدة ازاي استخدم ده | HELP
help | اليكسا شلون اسالج | HELP
help | اليكسا شنو اكول حتى تفهمين | HELP
help | اليكسا عاوني كيفاش نخدم بيها | HELP
help | اليكسا اشرحي لي كيف تشتغلين | HELP
help | اليكسا ما فهمت وش اسوي الحين | HELP
help | اليكسا ايش الاسئلة اللي اقدر اسالها | HELP
help | اليكسا ساعديني لو سمحتي | HELP
help | اليكسا ماما ما عرفت العب علميني | HELP
help | اليكسا التعليمات | HELP
help | اليكسا كيف يشتغل هذا البرنامج | HELP
help | اليكسا انا ضايع وش المطلوب | HELP
help | اليكسا هيلب بليز | HELP
help | اليكسا اعطيني امثلة على الاسئلة | HELP
help | اليكسا شو لازم احكي | HELP
help | اليكسا ممكن تشرحين الطريقة من البداية | HELP
help | اليكسا ما هي الاوامر المتاحة | HELP
help | اليكسا علميني شلون العبة هذي | HELP
help | اليكسا وش اقول عشان تعطيني العاصمة | HELP
help | اليكسا محتاج مساعدة يا اليكسا | HELP
help | اليكسا مش فاهم حاجة ساعديني | HELP
help | اليكسا ايش اسوي عشان اسال عن دولة | HELP
# Stop
stop | اليكسا وقفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا خلاص بس | STOP
stop | اليكسا اطلعي من اللعبة | STOP
stop | اليكسا كفاية كده | STOP
stop | اليكسا بس يكفي | STOP
stop | اليكسا سكري البرنامج | STOP
stop | اليكسا انهي اللعبة | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا بسج عاد | STOP
stop | اليكسا وقف هسه | STOP
stop | اليكسا صافي سالينا | STOP
stop | اليكسا اقفلي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا سكتي شوي الله يخليج | STOP
stop | اليكسا وقفي الكلام الحين | STOP
stop | اليكسا خلصنا يا اليكسا باي | STOP
stop | اليكسا انا تعبت وقفي | STOP
stop | اليكسا اطفي نفسك | STOP
stop | اليكسا مع السلامة خلاص | STOP
stop | اليكسا توقفي عن الكلام | STOP
stop | اليكسا كفى | STOP
stop | اليكسا بطلي | STOP
stop | اليكسا اوقفي اللعبة المنتخب بدا | STOP
# Cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا ولا يهمك انسي | CANCEL
cancel | اليكسا خلاص ما ابي شي | CANCEL
cancel | اليكسا لا ما ابي | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا مش عايز خلاص | CANCEL
cancel | اليكسا ماكو داعي | CANCEL
cancel | اليكسا بلاش | CANCEL
cancel | اليكسا ما بغيت والو | CANCEL
cancel | اليكسا انسيها | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا لا خليها بعدين | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا لا لا الغي السؤال | CANCEL
cancel | اليكسا مو مهم | CANCEL
cancel | اليكسا لا ماله داعي | CANCEL
cancel | اليكسا سيبك منه | CANCEL
cancel | اليكسا الغي ما ابي اعرف | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا خلاص عادي انسي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا ما اريد هسه | CANCEL
# Launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم | LAUNCH
launch | اليكسا عايز العب عواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا افتحي لي عواصم العالم الله يعافيك | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا دشي عواصم العالم | LAUNCH
launch | اليكسا حلي عواصم العالم | LAUNCH
launch | اليكسا نبغي عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم | LAUNCH
launch | اليكسا فتحي عواصم العالم عافاك | LAUNCH
launch | اليكسا اطلبي عواصم العالم | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا شغلي مسابقة عواصم العالم للعيال | LAUNCH
launch | اليكسا افتحي عواصم العالم للطاقم | LAUNCH
launch | اليكسا عواصم العالم من فضلك | LAUNCH
launch | اليكسا افتحي العواصم | LAUNCH
launch | اليكسا ودي العب عواصم العالم | LAUNCH
launch | اليكسا شغلي تطبيق عواصم العالم | LAUNCH
launch | اليكسا يلا نفتح عواصم العالم | LAUNCH
# Out of domain
out-of-domain | اليكسا كم الساعة في القاهرة الحين | FB
out-of-domain | اليكسا متى صلاة العصر | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا شغلي اغنية عبد الحليم | FB
out-of-domain | اليكسا ايه الاخبار النهارده | FB
out-of-domain | اليكسا الجو بكرة في الخبر كيف | FB
out-of-domain | اليكسا شلون الطقس بالكويت | FB
out-of-domain | اليكسا شغلي ناظم الغزالي | FB
out-of-domain | اليكسا شنو نتيجة مباراة الهلال | FB
out-of-domain | اليكسا متى مباراة النصر الجاية | FB
out-of-domain | اليكسا مين هداف الدوري | FB
out-of-domain | اليكسا كم سعر الدولار بالريال | FB
out-of-domain | اليكسا كم يساوي الجنيه المصري اليوم | FB
out-of-domain | اليكسا حطي منبه الساعة خمسة الفجر | FB
out-of-domain | اليكسا طفي نور الصالة | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا ولعي النور في غرفة العيال | FB
out-of-domain | اليكسا اضيفي حليب لقائمة المشتريات | FB
out-of-domain | اليكسا ذكريني بموعد الطيارة بكرة | FB
out-of-domain | اليكسا كم درجة الحرارة برا | FB
out-of-domain | اليكسا احكيلي نكتة | FB
out-of-domain | اليكسا قولي قصة قبل النوم للعيال | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا مين صنعك | FB
out-of-domain | اليكسا شغلي نتفلكس على التلفزيون | FB
out-of-domain | اليكسا شغلي الرسوم المتحركة | FB
out-of-domain | اليكسا كم عدد سكان الصين | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اعلى جبل في افريقيا | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا اي لغة يتكلمون في البرازيل | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا كم ساعة طيران من الرياض الى لندن | FB
out-of-domain | اليكسا وش علم كندا | FB
out-of-domain | اليكسا كم عدد دول العالم | FB
out-of-domain | اليكسا اكبر مدينة في تركيا وش هي | FB
out-of-domain | اليكسا وش النشيد الوطني حق الكويت | FB
out-of-domain | اليكسا العاصمة الاقتصادية للمغرب وش هي | FB
out-of-domain | اليكسا راس المال حقي كم لازم يكون عشان افتح مشروع | FB
out-of-domain | اليكسا شركة كابيتال الاستثمارية وش تسوي | FB
out-of-domain | اليكسا الحروف الكابيتال في الانجليزي كيف اكتبها | FB
out-of-domain | اليكسا وش معنى عقوبة الاعدام يعني العقوبة الكبرى | FB
out-of-domain | اليكسا اسواق العاصمة مفتوحة اليوم | FB
out-of-domain | اليكسا مطعم العاصمة وين مكانه | FB
out-of-domain | اليكسا قناة العاصمة الفضائية شغليها | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة وش هي | FB
out-of-domain | اليكسا عاصمة السياحة العربية | FB
out-of-domain | اليكسا عاصمة الورد | FB
out-of-domain | اليكسا عاصمة منطقة القصيم | FB
out-of-domain | اليكسا عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا عاصمة منطقة عسير | FB
out-of-domain | اليكسا عاصمة منطقة الجوف | FB
out-of-domain | اليكسا عاصمة الحدود الشمالية | FB
out-of-domain | اليكسا عاصمة منطقة نجران | FB
out-of-domain | اليكسا عاصمة امارة الشارقة | FB
out-of-domain | اليكسا عاصمة محافظة الجهراء | FB
out-of-domain | اليكسا عاصمة محافظة البصرة | FB
out-of-domain | اليكسا عاصمة اقليم كردستان | FB
out-of-domain | اليكسا عاصمة الصعيد | FB
out-of-domain | اليكسا عاصمة منطقة القبائل في الجزائر | FB
out-of-domain | اليكسا عاصمة الريف المغربي | FB
out-of-domain | اليكسا عاصمة سوس | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا عاصمة كاتالونيا | FB
out-of-domain | اليكسا عاصمة اسكندنافيا | FB
out-of-domain | اليكسا عاصمة البلقان | FB
out-of-domain | اليكسا عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة داغستان | FB
out-of-domain | اليكسا عاصمة تركستان الشرقية | FB
out-of-domain | اليكسا عاصمة كشمير الباكستانية | FB
out-of-domain | اليكسا عاصمة بلوشستان | FB
out-of-domain | اليكسا عاصمة اقليم تيغراي | FB
out-of-domain | اليكسا عاصمة ارض الصومال | FB
out-of-domain | اليكسا عاصمة بونتلاند | FB
out-of-domain | اليكسا عاصمة جزيرة سقطرى | FB
out-of-domain | اليكسا عاصمة صقلية | FB
out-of-domain | اليكسا عاصمة كورسيكا | FB
out-of-domain | اليكسا عاصمة بالي الاندونيسية | FB
out-of-domain | اليكسا عاصمة ولاية صباح الماليزية | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الخلافة الفاطمية | FB
out-of-domain | اليكسا عاصمة دولة المماليك | FB
out-of-domain | اليكسا عاصمة الدولة الاموية في الاندلس | FB
out-of-domain | اليكسا عاصمة المرابطين | FB
out-of-domain | اليكسا عاصمة مملكة سبأ | FB
out-of-domain | اليكسا عاصمة الفراعنة | FB
out-of-domain | اليكسا عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية | FB
out-of-domain | اليكسا عاصمة فيتنام الجنوبية | FB
out-of-domain | اليكسا عاصمة اليمن الجنوبي قبل الوحدة | FB
out-of-domain | اليكسا عاصمة الامبراطورية الرومانية | FB
out-of-domain | اليكسا عاصمة بلاد المغول ايام جنكيز خان | FB
out-of-domain | اليكسا عاصمة اطلانتس | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا عاصمة ويستروس | FB
out-of-domain | اليكسا عاصمة بلاد العجائب | FB
out-of-domain | اليكسا عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا عاصمة بلاد الواق واق | FB
out-of-domain | اليكسا عاصمة ارض الفايكنج في اللعبة | FB
out-of-domain | اليكسا عاصمة العالم | FB
out-of-domain | اليكسا عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة افريقيا | FB
out-of-domain | اليكسا عاصمة الخليج | FB
out-of-domain | اليكسا وش العاصمة | FB
out-of-domain | اليكسا عطيني عاصمة | FB
out-of-domain | اليكسا وش العاصمة اللي تعجبك | FB
out-of-domain | اليكسا وين العاصمة الحين زحمة | FB
out-of-domain | اليكسا اتصلي على ابوي | FB
out-of-domain | اليكسا ارسلي رسالة لاختي | FB
out-of-domain | اليكسا شغلي البلايستيشن | FB
out-of-domain | اليكسا افتحي يوتيوب | FB
out-of-domain | اليكسا اطلبي لي تاكسي للمطار | FB
out-of-domain | اليكسا وين اقرب صيدلية | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا متى العيد | FB
out-of-domain | اليكسا ترجمي شكرا بالفرنسي | FB
out-of-domain | اليكسا كيف اقول صباح الخير بالتركي | FB
out-of-domain | اليكسا وش اسم عملة المغرب | FB
out-of-domain | اليكسا حالة الرحلة اس في الف وميتين | FB
out-of-domain | اليكسا كم سعر الطابع البريدي | FB
out-of-domain | اليكسا كم تسوى العملة الذهبية القديمة | FB
out-of-domain | اليكسا العبي معي لعبة الاعلام | FB
out-of-domain | اليكسا امم | FB
out-of-domain | اليكسا مرحبا | FB
out-of-domain | اليكسا شكرا | FB
out-of-domain | اليكسا صح النوم | FB
out-of-domain | اليكسا ابوي يقول العاصمة الحقيقية قلوبنا | FB
# More lines written after the first build
egyptian-expats | اليكسا هو انا كنت فاكر عاصمة {} حاجة تانية قوليلي | استراليا=AU; كندا=CA; البرازيل=BR
egyptian-expats | اليكسا بنتي عندها امتحان بكرة عاصمة {} ايه يا ربي | النرويج=NO; فنلندا=FI; الدنمارك=DK
egyptian-expats | اليكسا ايه اسم عاصمة {} اللي بيطلع منها الشاي | سريلانكا=LK; كينيا=KE; الهند=IN
egyptian-expats | اليكسا ابويا اشتغل زمان في {} فاكر العاصمة ايه | العراق=IQ; ليبيا=LY; الجزائر=DZ
causeway-visitors | اليكسا يا بعد قلبي شنو عاصمة {} | اليونان=GR; مالطا=MT; قبرص=CY
causeway-visitors | اليكسا الشاليه جارنا واحد من {} شنو عاصمتهم | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
causeway-visitors | اليكسا الحين ابي عاصمة {} بسرعة قبل لا نطلع | بولندا=PL; رومانيا=RO; بلغاريا=BG
iraqi-arar | اليكسا شنو عاصمة {} يا بعد روحي | السعودية=SA; الكويت=KW; الاردن=JO
iraqi-arar | اليكسا الجماعة بالمضيف يسالون عاصمة {} شنو | اذربيجان=AZ; جورجيا الدولة=GE; ارمينيا=AM
iraqi-arar | اليكسا خالي سافر ل{} من زمان شنو عاصمتها | المانيا=DE; النمسا=AT; بلجيكا=BE
maghrebi-residents | اليكسا عافاك قولي ليا عاصمة {} | فرنسا=FR; ايطاليا=IT; هولندا=NL
maghrebi-residents | اليكسا واش عاصمة {} هي ما عرفتش | مصر=EG; السودان=SD; ليبيا=LY
maghrebi-residents | اليكسا خويا خدام في {} شنو هي العاصمة ديالها | كندا=CA; امريكا=US; بريطانيا=GB
football-fans | اليكسا الاخضر بيواجه {} في التصفيات وش عاصمتهم | استراليا=AU; اليابان=JP; الصين=CN
football-fans | اليكسا المعلق قال الفريق من {} وش العاصمة | اوزبكستان=UZ; طاجيكستان=TJ; قيرغيزستان=KG
football-fans | اليكسا اللاعب الجديد {} الجنسية وش عاصمة بلده | برتغالي=PT; برازيلي=BR; فرنسي=FR
young-children | اليكسا وش عاصمة {} اللي فيها البطريق | نيوزيلندا=NZ; تشيلي=CL; الارجنتين=AR
young-children | اليكسا انا اعرف عاصمة {} بس ابي اتاكد | السعودية=SA; الامارات=AE; قطر=QA
young-children | اليكسا اختي الصغيرة تسال عاصمة {} وش هي | ايطاليا=IT; اسبانيا=ES; المانيا=DE
coin-collectors | اليكسا عملة نحاسية مكتوب عليها {} وش العاصمة | العثمانية=FB; مصر الملكية=EG; الحجاز=FB
coin-collectors | اليكسا البائع يقول الطابع من {} عاصمتها ايش | بوتسوانا=BW; ناميبيا=NA; ليسوتو=LS
coin-collectors | اليكسا عندي فلس من {} وش اسم عاصمتها | البحرين=BH; الكويت=KW; الاردن=JO
cabin-crew | اليكسا الليلة نبات في {} وش عاصمتها | المالديف=MV; سيشل=SC; موريشيوس=MU
cabin-crew | اليكسا مسافرين الدرجة الاولى من {} يسالون عن العاصمة | سويسرا=CH; النمسا=AT; لوكسمبورغ=LU
cabin-crew | اليكسا قبل الاقلاع ابي اعرف عاصمة {} | اثيوبيا=ET; اريتريا=ER; جيبوتي=DJ
news-watchers | اليكسا ما عاصمة {} اللي ذكروها في الاخبار | اوكرانيا=UA; روسيا=RU; بيلاروس=BY
news-watchers | اليكسا وزير خارجية {} وصل الرياض ما عاصمة بلاده | فيتنام=VN; اندونيسيا=ID; الفلبين=PH
news-watchers | اليكسا الفيضانات في {} وش عاصمتها | باكستان=PK; بنغلاديش=BD; نيبال=NP
news-watchers | اليكسا خبر عاجل عن {} قولي العاصمة | السودان=SD; ليبيا=LY; اليمن=YE
follow-up | اليكسا طيب وعاصمة {} بعد | هولندا=NL; بلجيكا=BE; لوكسمبورغ=LU
follow-up | اليكسا و{} يا ماما | المغرب=MA; الجزائر=DZ; تونس=TN
follow-up | اليكسا لا اوكي و{} | فيتنام=VN; تايلاند=TH; ماليزيا=MY
yes-no-check | اليكسا عاصمة المغرب الدار البيضاء صح ولا غلطانة | MA
yes-no-check | اليكسا هل كوالالمبور عاصمة ماليزيا | MY
yes-no-check | اليكسا عاصمة البرازيل برازيليا اكيد | BR
yes-no-check | اليكسا عاصمة تايوان تايبيه صح | TW
yes-no-check | اليكسا عاصمة فلسطين القدس صح | PS
yes-no-check | اليكسا عاصمة كوسوفو بريشتينا ولا لا | XK
self-correction | اليكسا عاصمة هولندا لا لا ابغى بولندا | PL
self-correction | اليكسا شنو عاصمة النمسا لا اسف اقصد السويد | SE
self-correction | اليكسا عاصمة لبنان امم لا ليبيريا | LR
self-correction | اليكسا عاصمة ساموا لا ساموا الامريكية | AS
reverse-question | اليكسا الرياض عاصمة ايش | CITY:الرياض
reverse-question | اليكسا جوبا عاصمة اي دولة | CITY:جوبا
reverse-question | اليكسا سراييفو عاصمة وين | CITY:سراييفو
reverse-question | اليكسا بريشتينا عاصمة مين | CITY:بريشتينا
reverse-question | اليكسا نيامي عاصمة اي دولة في افريقيا | CITY:نيامي
reverse-question | اليكسا برازافيل عاصمة الكونغو اللي هي وش | CITY:برازافيل
shared-name | اليكسا الكوريتين عاصمتهم وشو | KP+KR
shared-name | اليكسا جورجيا الدولة مو الولاية وش عاصمتها | GE
shared-name | اليكسا الكونغو الصغيرة عاصمتها | CG
shared-name | اليكسا جزر العذراء الامريكية والبريطانية عواصمها | VG+VI
shared-name | اليكسا دومينيكا اللي مو الدومينيكان عاصمتها | DM
shared-name | اليكسا كوريا اللي فوق عاصمتها | KP
shared-name | اليكسا جورجيا اللي في امريكا اتلانتا عاصمتها صح | US-GA
shared-name | اليكسا الكونغو الكبيرة عاصمتها ايش | CD
shared-name | اليكسا عاصمة جورجيا يعني الدولة اللي في القوقاز | GE
shared-name | اليكسا عاصمة دومينيكا والدومينيكان الاثنين | DM+DO
cancel | اليكسا لا لا خلاص بطلت | CANCEL
cancel | اليكسا امسحي السؤال | CANCEL
cancel | اليكسا ماكو شي انسي | CANCEL
cancel | اليكسا بلاها الحين | CANCEL
cancel | اليكسا ما بقيتش بغيت | CANCEL
cancel | اليكسا لا خلاص غلطت الغي | CANCEL
cancel | اليكسا ارجعي ما ابغى هذا | CANCEL
cancel | اليكسا معلش الغي اللي قلته | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا شيلي الطلب | CANCEL
stop | اليكسا خلاص يا اليكسا نامي | STOP
stop | اليكسا كفاية عواصم الليلة | STOP
stop | اليكسا سدي البرنامج | STOP
stop | اليكسا بس خلصنا اللعب | STOP
stop | اليكسا اوقفي كل شي | STOP
stop | اليكسا هدي شوي خلاص | STOP
stop | اليكسا يكفي كده يا ستي | STOP
stop | اليكسا بس عاد وقفي | STOP
help | اليكسا ما عرفت شنو اسوي ساعديني | HELP
help | اليكسا عطيني فكرة كيف اسال | HELP
help | اليكسا الطاقم ما يعرف يستخدمها اشرحي | HELP
launch | اليكسا افتحي برنامج عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للبزران | LAUNCH
launch | اليكسا عايزة افتح عواصم العالم | LAUNCH
launch | اليكسا بغيت نلعب عواصم العالم | LAUNCH
launch | اليكسا شغلي اللعبة حقت عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم عشان الواجب | LAUNCH
launch | اليكسا ابغى العب لعبة العواصم | LAUNCH
out-of-domain | اليكسا شغلي مباراة الاتحاد والاهلي | FB
out-of-domain | اليكسا وش ترتيب الهلال في الدوري | FB
out-of-domain | اليكسا متى تبدا كاس العالم | FB
out-of-domain | اليكسا كم وزن الريال الفضة العربي | FB
out-of-domain | اليكسا وش اغلى طابع في العالم | FB
out-of-domain | اليكسا كم الساعة في نيويورك | FB
out-of-domain | اليكسا الطيارة تتاخر ليش | FB
out-of-domain | اليكسا وش فرق التوقيت بين الرياض وطوكيو | FB
out-of-domain | اليكسا شغلي اغاني ام كلثوم | FB
out-of-domain | اليكسا شغلي كاظم الساهر | FB
out-of-domain | اليكسا شغلي الشاب خالد | FB
out-of-domain | اليكسا عاصمة الجن | FB
out-of-domain | اليكسا عاصمة ديزني لاند | FB
out-of-domain | اليكسا عاصمة اللعبة في فورتنايت | FB
out-of-domain | اليكسا عاصمة الاندلس | FB
out-of-domain | اليكسا عاصمة بابل | FB
out-of-domain | اليكسا عاصمة الانباط | FB
out-of-domain | اليكسا عاصمة مملكة كندة | FB
out-of-domain | اليكسا عاصمة مملكة الحيرة | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة الامارات الشمالية عجمان ولا راس الخيمة | FB
out-of-domain | اليكسا عاصمة جنوب العراق | FB
out-of-domain | اليكسا عاصمة الجنوب الليبي | FB
out-of-domain | اليكسا عاصمة الصحراء الكبرى | FB
out-of-domain | اليكسا عاصمة جزيرة العرب قديما | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي | FB
out-of-domain | اليكسا عاصمة الضباب | FB
out-of-domain | اليكسا وش العاصمة اللي فيها برج ايفل | FB
out-of-domain | اليكسا كم راس مال البنك الاهلي | FB
out-of-domain | اليكسا صوتك عالي نزليه | FB
"""


if __name__ == "__main__":
    build_round(41, "ar", LINES, sys.argv, "tests/Eval/ar/round41/source/build_corpus.py")
