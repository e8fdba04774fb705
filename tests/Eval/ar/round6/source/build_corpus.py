"""Builds tests/Eval/ar/round6/{tuning,heldback}.tsv, the round-6 Arabic (ar-SA) evaluation corpus, written blind.

F lists (family, frame, fills): a frame with {} is filled with each of its fills ("spoken name=ID", several joined by
"|"; ID may be "A+B" or CITY:<capital as languages/ar.json spells it>, meaning every place with that capital); a frame
without {} is a whole sentence whose fill is its expected value (an id or FB, HELP, STOP, CANCEL, LAUNCH).
Usage: python3 tests/Eval/ar/round6/source/build_corpus.py [--check]"""
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent / "source"))
from corpus_rounds import (capitals_data, check_requested, earlier_pairs, expected_of, fail,  # noqa: E402
                           ids_problem, keep_new, places_by_capital, render_halves, write_or_check)
from split_halves import split_halves  # noqa: E402

BUILDER = "tests/Eval/ar/round6/source/build_corpus.py"
SEED = "round6-20261130-ar"
LOCALE = "ar-SA"
SPOKEN = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")

F = [
    # --- direct questions, Modern Standard
    ("direct-question", "ما هي عاصمة {}", "غواتيمالا=GT|قيرغيزستان=KG|موزمبيق=MZ"),
    ("direct-question", "ما عاصمة {}", "اوروغواي=UY|طاجيكستان=TJ|بوتان=BT"),
    ("direct-question", "ما اسم عاصمة {}", "ليسوتو=LS|مالطا=MT|كوستاريكا=CR"),
    ("direct-question", "ما هي العاصمة في {}", "كمبوديا=KH|زامبيا=ZM"),
    ("direct-question", "ماذا تسمى عاصمة {}", "منغوليا=MN|لاتفيا=LV|نيبال=NP"),
    ("direct-question", "اي مدينة تعتبر عاصمة {}", "اوغندا=UG|بنما=PA"),
    ("direct-question", "ما هي المدينة التي تعد عاصمة {}", "كينيا=KE|الغابون=GA|سورينام=SR"),
    ("direct-question", "اين تقع عاصمة {}", "تشاد=TD|ناميبيا=NA"),
    ("direct-question", "ما هي عاصمة دولة {}", "مالي=ML|فيجي=FJ|اريتريا=ER"),
    ("direct-question", "ما اسم العاصمة ل{}", "ليبيريا=LR|بوروندي=BI"),
    ("direct-question", "ما هي عاصمه بلد {}", "الاكوادور=EC|توغو=TG"),
    ("direct-question", "ما هي عاصمة {} الحالية", "كازاخستان=KZ|ميانمار=MM|نيجيريا=NG"),
    ("direct-question", "ما هي العاصمة السياسية {}", "لتركيا=TR|لاستراليا=AU"),
    ("direct-question", "ماهي عاصمة جمهورية {}", "هندوراس=HN|الاكوادور=EC"),
    ("direct-question", "اي مدينة هي العاصمة {}", "للبرتغال=PT|لليونان=GR|لكرواتيا=HR"),
    # --- Gulf / Saudi colloquial
    ("gulf-dialect", "وش عاصمة {}", "بيلاروسيا=BY|انغولا=AO|الكاميرون=CM"),
    ("gulf-dialect", "وش هي عاصمة {}", "السنغال=SN|سلوفاكيا=SK"),
    ("gulf-dialect", "ايش عاصمة {}", "تنزانيا=TZ|بلغاريا=BG|جامايكا=JM"),
    ("gulf-dialect", "ايش اسم عاصمة {}", "رواندا=RW|باراغواي=PY"),
    ("gulf-dialect", "وش اسم العاصمة حقت {}", "كولومبيا=CO|المكسيك=MX|تايلند=TH"),
    ("gulf-dialect", "{} وش عاصمتها", "سوريا=SY|صربيا=RS|ليتوانيا=LT"),
    ("gulf-dialect", "ابي اعرف عاصمة {}", "بنغلاديش=BD|الصومال=SO"),
    ("gulf-dialect", "ابغى عاصمة {} لو سمحتي", "مولدوفا=MD|ملاوي=MW"),
    ("gulf-dialect", "شنو عاصمة {}", "الكويت=KW|البحرين=BH|قطر=QA"),
    ("gulf-dialect", "عاصمة {} وش تصير", "سيراليون=SL|غانا=GH"),
    ("gulf-dialect", "يا اليكسا وش عاصمة {}", "فنزويلا=VE|ايسلندا=IS"),
    ("gulf-dialect", "وش تكون عاصمة {} يا اليكسا", "بروناي=BN|لبنان=LB"),
    ("gulf-dialect", "ابي العاصمة حقت {}", "النيجر=NE|غامبيا=GM"),
    ("gulf-dialect", "عطيني عاصمة {} بسرعة", "النمسا=AT|فيتنام=VN"),
    # --- Egyptian / Levantine
    ("egyptian-levantine", "عاصمة {} ايه", "البرازيل=BR|بيرو=PE|كوبا=CU"),
    ("egyptian-levantine", "هي عاصمة {} ايه", "تونس=TN|اليابان=JP"),
    ("egyptian-levantine", "شو هي عاصمة {}", "الاردن=JO|العراق=IQ|ارمينيا=AM"),
    ("egyptian-levantine", "بدي اعرف شو عاصمة {}", "ايران=IR|الدنمارك=DK"),
    ("egyptian-levantine", "قوليلي عاصمة {} ايه", "المغرب=MA|السودان=SD"),
    ("egyptian-levantine", "عاصمة {} شو اسمها", "افغانستان=AF|قبرص=CY"),
    ("egyptian-levantine", "هو انا عايز اعرف عاصمة {}", "اثيوبيا=ET"),
    # --- polite requests
    ("polite-request", "لو سمحتي ما هي عاصمة {}", "بليز=BZ|هايتي=HT|تشيلي=CL"),
    ("polite-request", "من فضلك اخبريني بعاصمة {}", "جيبوتي=DJ|تونغا=TO"),
    ("polite-request", "ممكن تقولين لي عاصمة {}", "بوركينا فاسو=BF|كيريباتي=KI|مدغشقر=MG"),
    ("polite-request", "اذا ممكن عاصمة {}", "ساموا=WS|غيانا=GY"),
    ("polite-request", "الله يعافيك وش عاصمة {}", "بابوا غينيا الجديدة=PG|لوكسمبورغ=LU"),
    ("polite-request", "تكفين قولي لي عاصمة {}", "ترينيداد وتوباغو=TT|جزر القمر=KM"),
    ("polite-request", "ارجو ان تخبريني ما هي عاصمة {}", "ليختنشتاين=LI|فانواتو=VU|بربادوس=BB"),
    ("polite-request", "لو تكرمتي وش عاصمة {}", "الرأس الاخضر=CV|سيشل=SC"),
    # --- imperatives
    ("imperative", "قولي عاصمة {}", "نيكاراغوا=NI|رومانيا=RO|باكستان=PK"),
    ("imperative", "اعطيني اسم عاصمة {}", "اليمن=YE|بولندا=PL"),
    ("imperative", "ابحثي عن عاصمة {}", "توفالو=TV|بالاو=PW|ناورو=NR"),
    ("imperative", "اذكري عاصمة {}", "موريشيوس=MU|السويد=SE"),
    ("imperative", "حددي لي عاصمة {}", "الفلبين=PH|تيمور الشرقية=TL"),
    ("imperative", "عرفيني على عاصمة {}", "سانت لوسيا=LC|غرينادا=GD|دومينيكا=DM"),
    ("imperative", "قولي لي وش هي عاصمة {}", "اندورا=AD|المالديف=MV"),
    # --- do you know
    ("do-you-know", "هل تعرفين عاصمة {}", "سان مارينو=SM|اوزبكستان=UZ|الجبل الاسود=ME"),
    ("do-you-know", "تعرفين وش عاصمة {}", "جزر مارشال=MH|غينيا الاستوائية=GQ"),
    ("do-you-know", "تدرين ايش عاصمة {}", "ميكرونيزيا=FM|سانت كيتس ونيفيس=KN"),
    ("do-you-know", "هل تعلمين ما هي عاصمة {}", "البوسنة والهرسك=BA|جنوب السودان=SS|ساو تومي وبرينسيبي=ST"),
    ("do-you-know", "عندك فكرة وش عاصمة {}", "انتيغوا وباربودا=AG"),
    # --- want to know
    ("want-to-know", "اريد معرفة عاصمة {}", "استونيا=EE|اذربيجان=AZ|الهند=IN"),
    ("want-to-know", "ودي اعرف ايش عاصمة {}", "ماليزيا=MY|السلفادور=SV"),
    ("want-to-know", "حاب اعرف عاصمة {}", "فنلندا=FI|ليبيا=LY"),
    ("want-to-know", "ابغى اعرف العاصمة حقت {}", "تركمانستان=TM|اوكرانيا=UA"),
    ("want-to-know", "بغيت اعرف وش عاصمة {}", "الصين=CN|كندا=CA"),
    ("want-to-know", "كنت ابي اسال عن عاصمة {}", "موناكو=MC|ايرلندا=IE"),
    # --- leading fillers
    ("leading-filler", "اليكسا ما هي عاصمة {}", "البيرو=PE|بوتسوانا=BW|الجزائر=DZ"),
    ("leading-filler", "طيب ايش عاصمة {}", "زيمبابوي=ZW|كوسوفو=XK"),
    ("leading-filler", "سؤال سريع وش عاصمة {}", "مصر=EG|سنغافورة=SG"),
    ("leading-filler", "امم ما هي عاصمة {}", "التشيك=CZ|نيوزيلندا=NZ|ايطاليا=IT"),
    ("leading-filler", "يعني وش عاصمة {}", "اسبانيا=ES|المجر=HU"),
    ("leading-filler", "اه اليكسا عاصمة {}", "روسيا=RU|عمان=OM"),
    ("leading-filler", "ايوه طيب وش هي عاصمة {}", "سويسرا=CH|اسرائيل=IL"),
    ("leading-filler", "السلام عليكم ما هي عاصمة {}", "موريتانيا=MR|الفاتيكان=VA"),
    # --- trailing words
    ("trailing-words", "ما هي عاصمة {} الله يعطيك العافية", "غينيا بيساو=GW|سلوفينيا=SI"),
    ("trailing-words", "وش عاصمة {} بالضبط", "قيرغيزستان=KG|المانيا=DE"),
    ("trailing-words", "ما هي عاصمة {} يا اليكسا", "فرنسا=FR|بلجيكا=BE|النرويج=NO"),
    ("trailing-words", "ايش عاصمة {} اذا ممكن", "لاوس=LA|ماليزيا=MY"),
    ("trailing-words", "ما اسم عاصمة {} بليز", "بنين=BJ|ارمينيا=AM"),
    ("trailing-words", "عاصمة {} ايش هي يعني", "كوريا الجنوبية=KR|منغوليا=MN"),
    ("trailing-words", "وش عاصمة {} ما ادري", "رواندا=RW|اوغندا=UG"),
    # --- name first
    ("name-first", "{} ما هي عاصمتها", "الكاميرون=CM|بوليفيا=BO|مقدونيا الشمالية=MK"),
    ("name-first", "{} عاصمتها ايش", "البرتغال=PT|جامايكا=JM"),
    ("name-first", "{} وش اسم عاصمتها", "تونس=TN|اليونان=GR"),
    ("name-first", "بالنسبة ل{} ما هي العاصمة", "فيجي=FJ|لاتفيا=LV|كمبوديا=KH"),
    ("name-first", "{} العاصمة حقتها وش", "السعودية=SA|الكويت=KW"),
    ("name-first", "دولة {} ما عاصمتها", "ساحل العاج=CI|الصومال=SO"),
    # --- bare name
    ("bare-name", "العاصمة {}", "الهند=IN|كينيا=KE"),
    ("bare-name", "عاصمة {} اليكسا", "جيبوتي=DJ|بيرو=PE"),
    ("bare-name", "{} عاصمه", "البحرين=BH|كرواتيا=HR"),
    ("bare-name", "عاصمة بلد {}", "غانا=GH|صربيا=RS"),
    # --- follow-up
    ("follow-up", "و{}", "السويد=SE|البرازيل=BR|مالي=ML"),
    ("follow-up", "طيب و{} وش عاصمتها", "الارجنتين=AR|تشاد=TD"),
    ("follow-up", "و{} ايش عاصمتها", "كوبا=CU|ليبيا=LY"),
    ("follow-up", "وعاصمة {}", "النمسا=AT|كولومبيا=CO|بولندا=PL"),
    ("follow-up", "و{} كمان", "فنلندا=FI|الاردن=JO"),
    ("follow-up", "وبالنسبة ل{} ما عاصمتها", "ايران=IR|نيبال=NP"),
    ("follow-up", "زين وعاصمة {} وش هي", "العراق=IQ|المغرب=MA"),
    # --- letter variants (ة/ه, ى/ي, hamza as ASR may write them)
    ("letter-variant", "ماهي عاصمه {}", "اسبانيا=ES|تنزانيا=TZ|بلغاريا=BG"),
    ("letter-variant", "ما هى عاصمة {}", "إيطاليا=IT|أوكرانيا=UA|إستونيا=EE"),
    ("letter-variant", "وش عاصمه {}", "أفغانستان=AF|آيسلندا=IS"),
    ("letter-variant", "ماهى العاصمه ل{}", "تركيا=TR|اندونيسيا=ID"),
    ("letter-variant", "عاصمة {} ماهي", "أذربيجان=AZ|النيجر=NE|أندورا=AD"),
    ("letter-variant", "ايش عاصمه دوله {}", "الفلبين=PH|اثيوبيا=ET"),
    # --- article variants
    ("article-variant", "عاصمة {} ايش تكون", "عراق=IQ|كاميرون=CM"),
    ("article-variant", "ما هي عاصمة ال{}", "باكستان=PK|تشيلي=CL"),
    ("article-variant", "وش عاصمة {} يا اليكسا", "صومال=SO|اكوادور=EC|مكسيك=MX"),
    ("article-variant", "ايش هي عاصمة {}", "جزائر=DZ|برتغال=PT"),
    # --- everyday names
    ("everyday-name", "ما هي العاصمة حق {}", "امريكا=US|بريطانيا=GB|الامارات=AE"),
    ("everyday-name", "وش عاصمة {} الحين", "هولندا=NL|بورما=MM|سويسرا=CH"),
    ("everyday-name", "ايش عاصمة {} يعني", "التشيك=CZ|انجلترا=GB-ENG"),
    ("everyday-name", "ما عاصمة {} حاليا", "كوريا الشمالية=KP|كوريا الجنوبية=KR"),
    ("everyday-name", "عاصمة {} وش اسمها", "الدومينيكان=DO|افريقيا الوسطى=CF|تيمور=TL"),
    ("everyday-name", "عاصمة {} ايش تطلع", "المملكة=SA|السعودية=SA"),
    ("everyday-name", "وش عاصمة {} حقت الخليج", "الامارات=AE"),
    # --- official names
    ("official-name", "ممكن اعرف عاصمة {}", "المملكة العربية السعودية=SA|جمهورية مصر العربية=EG|الجمهورية الفرنسية=FR"),
    ("official-name", "ما هي العاصمة في {}", "المملكة الاردنية الهاشمية=JO"),
    ("official-name", "وش اسم عاصمة {}", "الولايات المتحدة الامريكية=US|المملكة المتحدة=GB|الاتحاد الروسي=RU"),
    ("official-name", "وش العاصمة حقت {}", "دولة الامارات العربية المتحدة=AE|سلطنة عمان=OM|دولة قطر=QA"),
    ("official-name", "ايش تكون عاصمة {}", "مملكة البحرين=BH|دولة الكويت=KW|جمهورية العراق=IQ"),
    ("official-name", "ما هي العاصمة الرسمية {}", "لجمهورية الصين الشعبية=CN|للجمهورية الجزائرية=DZ|للمملكة المغربية=MA"),
    ("official-name", "اعطيني عاصمة {}", "جمهورية افغانستان الاسلامية=AF|الجمهورية العربية السورية=SY"),
    ("official-name", "عاصمة {} وش هي", "الجمهورية اليمنية=YE|جمهورية السودان=SD|الجمهورية اللبنانية=LB"),
    ("official-name", "ابغى عاصمة {}", "جمهورية ايران الاسلامية=IR|جمهورية الهند=IN|جمهورية المانيا الاتحادية=DE"),
    ("official-name", "ابي اعرف وش عاصمة {}", "مملكة هولندا=NL|مملكة اسبانيا=ES"),
    ("official-name", "قولي لي عاصمة {}", "جمهورية الكونغو الديمقراطية=CD|جمهورية الكونغو=CG"),
    # --- several capitals
    ("plural-capitals", "ما هي عواصم {}", "جنوب افريقيا=ZA|بوليفيا=BO"),
    ("plural-capitals", "وش عواصم {}", "ماليزيا=MY|بنين=BJ"),
    ("plural-capitals", "ما هما عاصمتا {}", "سريلانكا=LK|اسواتيني=SZ|هولندا=NL"),
    ("plural-capitals", "كم عاصمة عند {}", "جنوب افريقيا=ZA|فلسطين=PS"),
    ("plural-capitals", "ليش {} لها اكثر من عاصمة وش هي", "بوليفيا=BO"),
    ("plural-capitals", "اذكري لي كل عواصم {}", "ساحل العاج=CI|جنوب افريقيا=ZA"),
    ("plural-capitals", "وش العاصمتين حقت {}", "سوازيلاند=SZ|جامو وكشمير=IN-JK|فلسطين=PS"),
    ("plural-capitals", "ما هي العواصم الثلاث {}", "لجنوب افريقيا=ZA"),
    ("plural-capitals", "عاصمتين {} ايش هم", "سريلانكا=LK|بنين=BJ"),
    ("plural-capitals", "ما عواصم ولاية {}", "اوتاراخاند=IN-UK"),
    # --- shared names and look-alikes
    ("shared-name", "ابي عاصمة {}", "الكونغو=CD+CG|كوريا=KP+KR"),
    ("shared-name", "طيب وش عاصمة {}", "جورجيا=GE+US-GA|غينيا=GN|النيجر=NE"),
    ("shared-name", "ايش عاصمة {} يا اليكسا", "كوريا=KP+KR|الكونغو=CD+CG"),
    ("shared-name", "ايش اسم العاصمة في {}", "جزر فيرجن=VG+VI|غينيا الاستوائية=GQ|نيجيريا=NG"),
    ("shared-name", "قولي لي عاصمة {} لو سمحتي", "الكونغو كينشاسا=CD|الكونغو برازافيل=CG"),
    ("shared-name", "وش عاصمة {} الديمقراطية", "الكونغو=CD"),
    ("shared-name", "عاصمة {} ما هي", "دومينيكا=DM|جمهورية الدومينيكان=DO|غينيا بيساو=GW"),
    ("shared-name", "ما هي عاصمة {} بالتحديد", "دولة جورجيا=GE|ولاية جورجيا=US-GA"),
    # --- subdivisions (only those the data has)
    ("subdivision", "ما هي عاصمة ولاية {}", "تكساس=US-TX|كاليفورنيا=US-CA|فلوريدا=US-FL"),
    ("subdivision", "وش عاصمة ولاية {}", "نيويورك=US-NY|ميشيغان=US-MI|بافاريا=DE-BY"),
    ("subdivision", "ما هي عاصمة مقاطعة {}", "اونتاريو=CA-ON|كيبيك=CA-QC|البرتا=CA-AB"),
    ("subdivision", "وش عاصمة {} في بريطانيا", "اسكتلندا=GB-SCT|ويلز=GB-WLS|ايرلندا الشمالية=GB-NIR"),
    ("subdivision", "ما عاصمة ولاية {} الهندية", "ماهاراشترا=IN-MH|كيرالا=IN-KL|البنجاب=IN-PB"),
    ("subdivision", "عاصمة ولاية {} وش هي", "كوينزلاند=AU-QLD|فيكتوريا=AU-VIC|باهيا=BR-BA"),
    ("subdivision", "ما اسم عاصمة ولاية {}", "واشنطن=US-WA|نيفادا=US-NV|ساو باولو=BR-SP"),
    ("subdivision", "ما هي عاصمة الولاية الامريكية {}", "الاسكا=US-AK|هاواي=US-HI"),
    # --- territories
    ("territory", "ما اسم العاصمة في {}", "غرينلاند=GL|جزر فارو=FO|بورتوريكو=PR"),
    ("territory", "وش تكون عاصمة {}", "جزر كايمان=KY|برمودا=BM|جزر فوكلاند=FK"),
    ("territory", "ما هي عاصمة اقليم {}", "الصحراء الغربية=EH|غوام=GU|ساموا الامريكية=AS"),
    ("territory", "ايش عاصمة جزيرة {}", "ريونيون=RE|مان=IM"),
    # --- yes/no checks: expected the place asked about
    ("yes-no-check", "هل {} عاصمة امريكا", "نيويورك=US"),
    ("yes-no-check", "هل {} هي عاصمة تركيا", "اسطنبول=TR"),
    ("yes-no-check", "هل عاصمة استراليا {}", "سيدني=AU"),
    ("yes-no-check", "جدة عاصمة السعودية ولا لا", "SA"),
    ("yes-no-check", "صح ان الرباط عاصمة المغرب", "MA"),
    ("yes-no-check", "هل {} عاصمة البرازيل", "ريو دي جانيرو=BR"),
    ("yes-no-check", "هل {} هي عاصمة كندا", "تورنتو=CA"),
    ("yes-no-check", "هل عاصمة سويسرا هي {}", "زيورخ=CH"),
    ("yes-no-check", "هل ما زالت {} عاصمة كازاخستان", "الماتا=KZ"),
    ("yes-no-check", "لاغوس عاصمة نيجيريا صح", "NG"),
    ("yes-no-check", "هل القاهرة عاصمة مصر", "EG"),
    ("yes-no-check", "كراتشي هي عاصمة باكستان ولا لا", "PK"),
    ("yes-no-check", "هل صحيح ان عاصمة نيوزيلندا اوكلاند", "NZ"),
    ("yes-no-check", "هل عاصمة فيتنام مدينة هو شي منه", "VN"),
    ("yes-no-check", "دبي عاصمة الامارات مو كذا", "AE"),
    ("yes-no-check", "هل مومباي هي عاصمة الهند", "IN"),
    # --- self-corrections: expected the place said last
    ("self-correction", "ما هي عاصمة النمسا لا قصدي استراليا", "AU"),
    ("self-correction", "وش عاصمة ايران لا العراق", "IQ"),
    ("self-correction", "عاصمة سلوفينيا اقصد سلوفاكيا", "SK"),
    ("self-correction", "ما هي عاصمة السويد عفوا سويسرا", "CH"),
    ("self-correction", "ايش عاصمة النيجر لا نيجيريا", "NG"),
    ("self-correction", "عاصمة كولومبيا لا لا بوليفيا", "BO"),
    ("self-correction", "ما هي عاصمة موريتانيا اسفة موريشيوس", "MU"),
    ("self-correction", "وش عاصمة لاتفيا او قصدي ليتوانيا", "LT"),
    ("self-correction", "عطيني عاصمة الكاميرون لحظة لا الغابون", "GA"),
    ("self-correction", "ما عاصمة ماليزيا لا اندونيسيا", "ID"),
    # --- reverse questions: expected every place with that capital (CityIntent)
    ("reverse-question", "{} عاصمة اي دولة", "نيروبي=CITY:نيروبي|ليما=CITY:ليما"),
    ("reverse-question", "مدينة {} عاصمة اي بلد", "كاتماندو=CITY:كاتماندو|بودابست=CITY:بودابست"),
    ("reverse-question", "في اي دولة تقع العاصمة {}", "اسلام اباد=CITY:إسلام آباد"),
    ("reverse-question", "{} عاصمة وش", "هلسنكي=CITY:هلسنكي|كانبرا=CITY:كانبرا"),
    ("reverse-question", "عاصمة اي دولة هي {}", "تبليسي=CITY:تبليسي"),
    # --- out of domain
    ("out-of-domain", "كم عدد سكان السعودية", "FB"),
    ("out-of-domain", "وش الطقس اليوم في الرياض", "FB"),
    ("out-of-domain", "شغلي اغنية لمحمد عبده", "FB"),
    ("out-of-domain", "كم الساعة الحين في لندن", "FB"),
    ("out-of-domain", "ما هي عملة اليابان", "FB"),
    ("out-of-domain", "وش اللغة الرسمية في البرازيل", "FB"),
    ("out-of-domain", "اضبطي منبه الساعة خمسة الفجر", "FB"),
    ("out-of-domain", "كم المسافة بين جدة ومكة", "FB"),
    ("out-of-domain", "متى اذان المغرب", "FB"),
    ("out-of-domain", "قولي نكتة", "FB"),
    ("out-of-domain", "من هو رئيس فرنسا", "FB"),
    ("out-of-domain", "ما هي اكبر دولة في العالم من حيث المساحة", "FB"),
    ("out-of-domain", "كم سعر الذهب اليوم", "FB"),
    ("out-of-domain", "ترجمي كلمة عاصمة للانجليزي", "FB"),
    ("out-of-domain", "وش معنى كلمة عاصمة", "FB"),
    ("out-of-domain", "ما هو راس المال المطلوب لفتح مشروع", "FB"),
    ("out-of-domain", "كم سهم الراجحي كابيتال اليوم", "FB"),
    ("out-of-domain", "وش افضل المطاعم في العاصمة", "FB"),
    ("out-of-domain", "متى مباراة الهلال والنصر", "FB"),
    ("out-of-domain", "شغلي سورة البقرة", "FB"),
    ("out-of-domain", "ذكريني اشتري حليب بكرة", "FB"),
    ("out-of-domain", "كم درجة الحرارة في ابها", "FB"),
    ("out-of-domain", "طفي النور", "FB"),
    ("out-of-domain", "وش اطول نهر في العالم", "FB"),
    ("out-of-domain", "ما هو علم ايطاليا", "FB"),
    ("out-of-domain", "كم عدد الدول في افريقيا", "FB"),
    ("out-of-domain", "من اسس مدينة بغداد", "FB"),
    ("out-of-domain", "وين تقع جزر المالديف", "FB"),
    ("out-of-domain", "احكي لي قصة قبل النوم", "FB"),
    ("out-of-domain", "كم ريال سعودي يساوي الدولار", "FB"),
    ("out-of-domain", "وش رمز الاتصال الدولي لمصر", "FB"),
    ("out-of-domain", "كم تبعد الرياض عن الدمام", "FB"),
    ("out-of-domain", "من انتي", "FB"),
    ("out-of-domain", "ما هو اعلى جبل في العالم", "FB"),
    ("out-of-domain", "اضيفي رز للقائمة", "FB"),
    ("out-of-domain", "وش اخبار اليوم", "FB"),
    ("out-of-domain", "كم عمرك يا اليكسا", "FB"),
    ("out-of-domain", "ارفعي الصوت", "FB"),
    ("out-of-domain", "متى يبدا رمضان", "FB"),
    ("out-of-domain", "العاصمة الادارية الجديدة في مصر وين تقع", "FB"),
    ("out-of-domain", "اكتبي الحرف الكبير بالانجليزي", "FB"),
    ("out-of-domain", "كم عدد سكان عاصمة فرنسا", "FB"),
    ("out-of-domain", "شو اكلة مشهورة في لبنان", "FB"),
    ("out-of-domain", "احسبي لي خمسة وعشرين في اربعة", "FB"),
    ("out-of-domain", "ايه اخبار الجو في القاهرة", "FB"),
    # --- help, stop, cancel (Alexa's built-in meanings), launch
    ("help", "مساعدة", "HELP"),
    ("help", "ساعديني", "HELP"),
    ("help", "كيف استخدم هذي المهارة", "HELP"),
    ("help", "وش تقدرين تسوين", "HELP"),
    ("help", "ايش اقدر اسال", "HELP"),
    ("help", "ما هي الاوامر", "HELP"),
    ("help", "كيف اسال عن عاصمة", "HELP"),
    ("help", "ابي مساعدة لو سمحتي", "HELP"),
    ("help", "مو فاهم كيف تشتغل", "HELP"),
    ("stop", "توقفي", "STOP"),
    ("stop", "ايقاف", "STOP"),
    ("stop", "اسكتي", "STOP"),
    ("stop", "خلاص بس", "STOP"),
    ("stop", "اطفي", "STOP"),
    ("stop", "اخرجي من المهارة", "STOP"),
    ("cancel", "الغاء", "CANCEL"),
    ("cancel", "الغي", "CANCEL"),
    ("cancel", "لا خلاص انسي الموضوع", "CANCEL"),
    ("cancel", "كنسلي", "CANCEL"),
    ("cancel", "ما ابي شي الغيه", "CANCEL"),
    ("cancel", "لا ما له داعي", "CANCEL"),
    ("launch", "افتحي عواصم العالم", "LAUNCH"),
    ("launch", "شغلي عواصم العالم", "LAUNCH"),
    ("launch", "ابدئي عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا افتحي مهارة عواصم العالم", "LAUNCH"),
    ("launch", "ابي عواصم العالم", "LAUNCH"),
    # --- more lines, written after the first build
    ("direct-question", "ما هي عاصمة {} يا ترى", "مقدونيا=MK|الجبل الاسود=ME|البوسنة=BA"),
    ("everyday-name", "ما هي عاصمة بلاد {}", "الرافدين=IQ"),
    ("gulf-dialect", "وش العاصمة اللي ل{}", "تشيكيا=CZ|سلوفينيا=SI"),
    ("gulf-dialect", "ابي اسالك وش عاصمة {}", "الكونغو الديمقراطية=CD|بوروندي=BI"),
    ("egyptian-levantine", "ممكن تقولي عاصمة {} ايه", "اليونان=GR|الارجنتين=AR"),
    ("egyptian-levantine", "شو بتكون عاصمة {}", "فلسطين=PS|الكويت=KW"),
    ("egyptian-levantine", "اسم عاصمة {} ايه يا اليكسا", "السعودية=SA|تركيا=TR"),
    ("subdivision", "ما هي عاصمة ولاية {} الامريكية", "اوهايو=US-OH|جورجيا=US-GA|فرجينيا=US-VA"),
    ("subdivision", "وش عاصمة مقاطعة {}", "كولومبيا البريطانية=CA-BC|نوفا سكوشا=CA-NS"),
    ("subdivision", "عاصمة ولاية {} ايش اسمها", "تاميل نادو=IN-TN|راجستان=IN-RJ|غوا=IN-GA"),
    ("subdivision", "ما عاصمة الولاية الالمانية {}", "ساكسونيا=DE-SN|هسن=DE-HE"),
    ("plural-capitals", "ما هي عواصم دولة {}", "بوليفيا=BO|سريلانكا=LK|ماليزيا=MY"),
    ("plural-capitals", "كم عاصمة ل{} وش هي", "هولندا=NL|ساحل العاج=CI"),
    ("plural-capitals", "ليش {} عندها عاصمتين", "بنين=BJ"),
    ("reverse-question", "{} عاصمة لاي دولة", "داكار=CITY:داكار|اوتاوا=CITY:أوتاوا"),
    ("reverse-question", "وش الدولة اللي عاصمتها {}", "برازيليا=CITY:برازيليا|طهران=CITY:طهران"),
    ("reverse-question", "{} عاصمة ايش", "لشبونة=CITY:لشبونة"),
    ("yes-no-check", "هل {} عاصمة المانيا", "ميونخ=DE"),
    ("yes-no-check", "هل {} ما زالت عاصمة ميانمار", "يانغون=MM"),
    ("follow-up", "طيب و{}", "اليابان=JP|الصين=CN"),
    ("out-of-domain", "كم عدد سكان مصر", "FB"),
    ("out-of-domain", "وش تتوقعين بكرة مطر", "FB"),
    ("out-of-domain", "شغلي اذاعة القران الكريم", "FB"),
    ("out-of-domain", "من فاز بكاس العالم الماضي", "FB"),
    ("out-of-domain", "وش عاصمة الثقافة العربية هذي السنة", "FB"),
    ("out-of-domain", "كم تاخذ الرحلة من الرياض الى باريس", "FB"),
    ("out-of-domain", "ما هي اللغة الرسمية في سويسرا", "FB"),
    ("out-of-domain", "ابي فندق في دبي", "FB"),
    ("out-of-domain", "كم عدد سكان الرياض", "FB"),
    ("out-of-domain", "ما هو النشيد الوطني لقطر", "FB"),
    ("out-of-domain", "وين اقرب صيدلية", "FB"),
    ("out-of-domain", "سولفي معي شوي", "FB"),
    ("out-of-domain", "كم باقي على العيد", "FB"),
    ("out-of-domain", "ايش تاريخ اليوم بالهجري", "FB"),
    ("out-of-domain", "وش العاصمة الاقتصادية للسعودية", "FB"),
    ("out-of-domain", "شغلي بودكاست فنجان", "FB"),
    ("help", "وش تسوي هذي المهارة", "HELP"),
    ("help", "اشرحي لي كيف العب", "HELP"),
    ("help", "احتاج مساعدة", "HELP"),
    ("help", "ايش المطلوب مني", "HELP"),
    ("help", "كيف اشتغل على عواصم العالم", "HELP"),
    ("stop", "وقفي", "STOP"),
    ("stop", "خلاص اطلعي", "STOP"),
    ("stop", "اقفلي", "STOP"),
    ("stop", "بس خلاص يكفي", "STOP"),
    ("cancel", "كنسل", "CANCEL"),
    ("cancel", "الغيها", "CANCEL"),
    ("cancel", "تراجعي", "CANCEL"),
    ("cancel", "لا انسي", "CANCEL"),
    ("launch", "ابدا عواصم العالم", "LAUNCH"),
    ("launch", "افتح لعبة عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا شغلي لعبة عواصم العالم", "LAUNCH"),
    ("launch", "افتحي لي مهارة عواصم العالم لو سمحتي", "LAUNCH"),
    ("launch", "ابغى افتح عواصم العالم", "LAUNCH"),
]


def load_data():
    """The known ids (countries and shared names), and per Arabic capital name the ids of the places with it."""
    capitals = capitals_data()
    known = {c["id"] for c in capitals["countries"]} | {s["id"] for s in capitals["sharedNames"]}
    return known, places_by_capital("ar")


def written_lines(known, by_capital):
    lines, frames = [], Counter()
    for family, frame, fills in F:
        if "{}" in frame:
            pairs = [fill.rsplit("=", 1) for fill in fills.split("|")]
            frames[frame] += len(pairs)
            sentences = [(frame.format(name), value) for name, value in pairs]
        else:
            sentences = [(frame, fills)]
        for sentence, value in sentences:
            expected = expected_of(value, by_capital)
            if not SPOKEN.match(sentence):
                fail(f"not as ASR writes it: {sentence}")
            if not expected.startswith(("AMAZON.", "LaunchRequest")):
                problem = ids_problem(expected, known)
                if problem:
                    fail(f"{problem} in: {sentence}")
            lines.append((sentence, LOCALE, expected, family))
    overused = [frame for frame, n in frames.items() if n > 3]
    if overused:
        fail(f"frame used more than three times: {overused[0]}")
    return lines


def main():
    check = check_requested(sys.argv, BUILDER)
    known, by_capital = load_data()
    lines = written_lines(known, by_capital)
    kept, dropped_earlier, dropped_repeat = keep_new(lines, earlier_pairs("ar", [2, 3, 4, 5]))
    halves = split_halves(kept, SEED)
    texts = render_halves(halves, f"# Generated by {BUILDER} (seed {SEED}); do not edit by hand")
    write_or_check(texts, HERE.parent, check, BUILDER)
    if not check:
        counts = Counter(line[3] for line in kept)
        print(f"build_corpus: written {len(lines)}, dropped {sum(dropped_earlier.values())} (earlier rounds) and "
              f"{sum(dropped_repeat.values())} (repeats), kept {len(kept)}: tuning {len(halves[0])}, "
              f"heldback {len(halves[1])}")
        for family in sorted(counts):
            print(f"  {family}: {counts[family]} (dropped {dropped_earlier[family]} earlier, "
                  f"{dropped_repeat[family]} repeats)")


if __name__ == "__main__":
    main()
