"""Round-7 Arabic (ar-SA) evaluation corpus, written blind on 2026-11-30 (see tests/Eval/README.md, "Round 7: Arabic").

F lists (family, frame, what it is said with). A frame with {} is filled with each name of "name:ID|name:ID" (at most
three); a whole sentence has its expected value instead: a place id (or ids joined by +), CITY:<capital as ar.json
spells it> for a reverse question (every place with that capital), or an intent (FB, HELP, STOP, CANCEL, LAUNCH).
Each frame is used at most three times. Lines an earlier round holds are dropped; the rest are split with
split_halves seeded round7-20261130-ar. Usage: python3 build_corpus.py [--check]"""
import re
import sys
from collections import Counter
from pathlib import Path

SOURCE = Path(__file__).resolve().parent
sys.path.insert(0, str(SOURCE.parent.parent.parent / "source"))
import corpus_rounds  # noqa: E402
from split_halves import split_halves  # noqa: E402

SEED = "round7-20261130-ar"
LOCALE = "ar-SA"
BUILDER = "tests/Eval/ar/round7/source/build_corpus.py"

F = [
    # direct-question
    ("direct-question", "ما هي عاصمة {}", "البرتغال:PT|بنغلاديش:BD|زامبيا:ZM"),
    ("direct-question", "ماهي عاصمة دولة {}", "كرواتيا:HR|الغابون:GA|بوروندي:BI"),
    ("direct-question", "ما عاصمة {}", "ليتوانيا:LT|اوغندا:UG|جامايكا:JM"),
    ("direct-question", "ما اسم عاصمة {}", "منغوليا:MN|السلفادور:SV|ناميبيا:NA"),
    ("direct-question", "ما هي العاصمة في {}", "بلغاريا:BG|كوستاريكا:CR|مالاوي:MW"),
    ("direct-question", "ما هي مدينة العاصمة ل{}", "ماليزيا:MY|الكاميرون:CM"),
    ("direct-question", "ماذا تسمى عاصمة {}", "اريتريا:ER|لاتفيا:LV|بوتسوانا:BW"),
    ("direct-question", "اي مدينة هي عاصمة {}", "نيوزيلندا:NZ|تنزانيا:TZ|سورينام:SR"),
    ("direct-question", "ما هي عاصمه {} الحاليه", "نيجيريا:NG|اندونيسيا:ID|ميانمار:MM"),
    ("direct-question", "ما هي العاصمة الرسمية ل{}", "تركيا:TR|كازاخستان:KZ"),
    ("direct-question", "ما هي عاصمة بلد {}", "فيجي:FJ|هايتي:HT|بنما:PA"),
    ("direct-question", "ايش هي عاصمة {}", "موزمبيق:MZ|تشاد:TD|لاوس:LA"),
    ("direct-question", "من هي عاصمة {}", "الصومال:SO|قيرغيزستان:KG|النيبال:NP"),
    ("direct-question", "عاصمة {} ما هي", "رواندا:RW|ساموا:WS|بوتان:BT"),
    ("direct-question", "ما هي عاصمة جمهورية {} الان", "مولدوفا:MD|كينيا:KE"),
    # gulf-dialect
    ("gulf-dialect", "وش عاصمة {}", "البحرين:BH|اذربيجان:AZ|هندوراس:HN"),
    ("gulf-dialect", "وش اسم عاصمة {}", "غانا:GH|بيلاروسيا:BY|جيبوتي:DJ"),
    ("gulf-dialect", "ايش عاصمة {} يا اليكسا", "عمان:OM|البرازيل:BR|كمبوديا:KH"),
    ("gulf-dialect", "عاصمة {} وشي", "الكويت:KW|قطر:QA|ليبيريا:LR"),
    ("gulf-dialect", "وش تكون عاصمة {}", "اوزبكستان:UZ|نيكاراغوا:NI|فنزويلا:VE"),
    ("gulf-dialect", "ابي اعرف عاصمة {}", "الارجنتين:AR|اليونان:GR|السويد:SE"),
    ("gulf-dialect", "ابغى عاصمة {} لو سمحتي", "ايسلندا:IS|توغو:TG|الاكوادور:EC"),
    ("gulf-dialect", "قولي لي وش عاصمة {}", "بيرو:PE|مالطا:MT|سيشل:SC"),
    ("gulf-dialect", "وش العاصمة حقت {}", "باراغواي:PY|غينيا:GN|ليسوتو:LS"),
    ("gulf-dialect", "عاصمة {} وش هي بالضبط", "تايلند:TH|كوبا:CU|الدنمارك:DK"),
    ("gulf-dialect", "يا اليكسا وش عاصمة {} الله يخليك", "زيمبابوي:ZW|اوكرانيا:UA|الفلبين:PH"),
    ("gulf-dialect", "تكفين وش عاصمة {}", "مدغشقر:MG|ارمينيا:AM|بنين:BJ"),
    ("gulf-dialect", "ابغاك تقولين لي عاصمة {}", "فيتنام:VN|كولومبيا:CO"),
    ("gulf-dialect", "شنو عاصمة {}", "العراق:IQ|ايران:IR|اليمن:YE"),
    # egyptian-levantine
    ("egyptian-levantine", "هي عاصمة {} اسمها ايه", "اثيوبيا:ET|بولندا:PL|سلوفاكيا:SK"),
    ("egyptian-levantine", "ايه هي عاصمة {}", "المكسيك:MX|ايطاليا:IT|موريتانيا:MR"),
    ("egyptian-levantine", "شو عاصمة {}", "لبنان:LB|سوريا:SY|رومانيا:RO"),
    ("egyptian-levantine", "بدي اعرف شو هي عاصمة {}", "قبرص:CY|النمسا:AT|صربيا:RS"),
    ("egyptian-levantine", "قوليلي عاصمة {} ايه", "السودان:SD|الجزائر:DZ|كندا:CA"),
    ("egyptian-levantine", "هي عاصمة {} ايه بالظبط", "المغرب:MA|تونس:TN"),
    ("egyptian-levantine", "عاصمة {} شو اسمها", "الاردن:JO|فنلندا:FI|استونيا:EE"),
    ("egyptian-levantine", "ممكن تقوليلي عاصمة {} ايه", "اليابان:JP|اسبانيا:ES"),
    # polite-request
    ("polite-request", "لو سمحت ما هي عاصمة {}", "بلجيكا:BE|سلوفينيا:SI|غامبيا:GM"),
    ("polite-request", "من فضلك اخبريني بعاصمة {}", "تشيلي:CL|مالي:ML|انغولا:AO"),
    ("polite-request", "ممكن تقولين لي عاصمة {}", "النرويج:NO|البوسنة والهرسك:BA|غيانا:GY"),
    ("polite-request", "اذا ممكن عاصمة {}", "طاجيكستان:TJ|الصين:CN|سريلانكا:LK"),
    ("polite-request", "ارجو ان تخبريني ما هي عاصمة {}", "تونغا:TO|بوركينا فاسو:BF|المجر:HU"),
    ("polite-request", "لو تكرمتي عاصمة {} ايش هي", "سويسرا:CH|النيجر:NE|غواتيمالا:GT"),
    ("polite-request", "ممكن اعرف عاصمة {} من فضلك", "ايرلندا:IE|جزر المالديف:MV|اوروغواي:UY"),
    ("polite-request", "الله يعافيك قولي لي عاصمة {}", "تركمانستان:TM|ليختنشتاين:LI|موناكو:MC"),
    ("polite-request", "بعد اذنك ابي عاصمة {}", "افغانستان:AF|السنغال:SN"),
    # imperative
    ("imperative", "اعطيني عاصمة {}", "فرنسا:FR|الهند:IN|باكستان:PK"),
    ("imperative", "قولي عاصمة {}", "روسيا:RU|هولندا:NL|المانيا:DE"),
    ("imperative", "اذكري لي عاصمة {}", "كيريباتي:KI|توفالو:TV|بالاو:PW"),
    ("imperative", "خبريني عن عاصمة {}", "سيراليون:SL|الكونغو الديمقراطية:CD|بربادوس:BB"),
    ("imperative", "ابحثي عن عاصمة {}", "جزر سليمان:SB|ناورو:NR|جزر مارشال:MH"),
    ("imperative", "عطيني اسم عاصمة {} بسرعة", "فانواتو:VU|ميكرونيزيا:FM"),
    # do-you-know
    ("do-you-know", "هل تعرفين عاصمة {}", "بليز:BZ|سانت لوسيا:LC|غرينادا:GD"),
    ("do-you-know", "تعرفين وش عاصمة {}", "ترينيداد وتوباغو:TT|دومينيكا:DM|جزر البهاما:BS"),
    ("do-you-know", "هل تعلمين ما هي عاصمة {}", "ليبيا:LY|مصر:EG|الامارات:AE"),
    ("do-you-know", "تدرين عاصمة {} وش هي", "سنغافورة:SG|بروناي:BN|تيمور الشرقية:TL"),
    ("do-you-know", "عندك فكرة عن عاصمة {}", "لوكسمبورغ:LU|اندورا:AD|سان مارينو:SM"),
    ("do-you-know", "انتي تعرفين عاصمة {} ولا لا", "الجبل الاسود:ME|البانيا:AL|مقدونيا الشمالية:MK"),
    # want-to-know
    ("want-to-know", "اريد ان اعرف عاصمة {}", "جنوب السودان:SS|كوريا الجنوبية:KR|كوريا الشمالية:KP"),
    ("want-to-know", "ودي اعرف عاصمة {}", "ساو تومي وبرينسيبي:ST|الراس الاخضر:CV|جزر القمر:KM"),
    ("want-to-know", "كنت ابي اعرف وش عاصمة {}", "غينيا الاستوائية:GQ|غينيا بيساو:GW|افريقيا الوسطى:CF"),
    ("want-to-know", "محتاج اعرف عاصمة {} ضروري", "بابوا غينيا الجديدة:PG|موريشيوس:MU|اسواتيني:SZ"),
    # leading-filler
    ("leading-filler", "اليكسا ايش عاصمة {}", "اسكتلندا:GB-SCT|ويلز:GB-WLS|انجلترا:GB-ENG"),
    ("leading-filler", "طيب ما هي عاصمة {}", "اوكرانيا:UA|الدنمارك:DK|كينيا:KE"),
    ("leading-filler", "يا اليكسا عاصمة {} ايش", "السعودية:SA|مصر:EG|سوريا:SY"),
    ("leading-filler", "سؤال ما هي عاصمة {}", "البيرو:PE|فيتنام:VN|كولومبيا:CO"),
    ("leading-filler", "امم عاصمة {} وش هي", "نيجيريا:NG|الفلبين:PH|تايوان:TW"),
    ("leading-filler", "اسمعي وش عاصمة {}", "كوسوفو:XK|الفاتيكان:VA|فلسطين:PS"),
    # trailing-words
    ("trailing-words", "ما هي عاصمة {} يا اليكسا", "استراليا:AU|اسبانيا:ES|ايطاليا:IT"),
    ("trailing-words", "وش عاصمة {} اذا سمحتي", "البرتغال:PT|تونس:TN|الهند:IN"),
    ("trailing-words", "عاصمة {} ايش هي عشان الواجب", "ماليزيا:MY|كندا:CA|تركيا:TR"),
    ("trailing-words", "ما عاصمة {} شكرا", "المكسيك:MX|ايران:IR|الصين:CN"),
    ("trailing-words", "وش عاصمة {} نسيتها", "اليونان:GR|البرازيل:BR|الارجنتين:AR"),
    # name-first
    ("name-first", "{} وش عاصمتها", "السويد:SE|النرويج:NO|ايرلندا:IE"),
    ("name-first", "{} عاصمتها ايش", "سويسرا:CH|بلجيكا:BE|النمسا:AT"),
    ("name-first", "{} ما هي عاصمتها", "رومانيا:RO|بولندا:PL|المجر:HU"),
    ("name-first", "بالنسبة ل{} وش عاصمتها", "اثيوبيا:ET|الجزائر:DZ|السودان:SD"),
    ("name-first", "{} عاصمتها ايش اسمها", "الكويت:KW|لبنان:LB"),
    # bare-name
    ("bare-name", "عاصمة {}", "ارمينيا:AM|جورجيا الدولة:GE|فنزويلا:VE"),
    ("bare-name", "العاصمة {}", "اليابان:JP|روسيا:RU|فرنسا:FR"),
    ("bare-name", "{} العاصمة", "كرواتيا:HR|بنغلاديش:BD"),
    # follow-up
    ("follow-up", "و{}", "قطر:QA|ايسلندا:IS|البحرين:BH"),
    ("follow-up", "طيب و{}", "الاردن:JO|ليبيا:LY|عمان:OM"),
    ("follow-up", "وعاصمة {}", "المغرب:MA|اليمن:YE|العراق:IQ"),
    ("follow-up", "و{} كمان وش عاصمتها", "فنلندا:FI|استونيا:EE|لاتفيا:LV"),
    ("follow-up", "وبالنسبة ل{}", "تشيلي:CL|بوليفيا:BO|كوبا:CU"),
    # letter-variant
    ("letter-variant", "ما هي عاصمه {}", "إثيوبيا:ET|إيطاليا:IT|أوكرانيا:UA"),
    ("letter-variant", "ماهي عاصمة {}", "ماليزيا:MY|كوريا الجنوبيه:KR|النمسا:AT"),
    ("letter-variant", "وش عاصمه {}", "السعوديه:SA|اندونسيا:ID|استراليه:AU"),
    ("letter-variant", "ايش عاصمة {}", "روسيه:RU|نيوزلندا:NZ|بلغاريه:BG"),
    ("letter-variant", "ماهي عاصمه {}", "الدانمارك:DK|سويسره:CH"),
    # everyday-name
    ("everyday-name", "وش عاصمة {} الحين", "امريكا:US|بريطانيا:GB|الامارات:AE"),
    ("everyday-name", "ابي عاصمة {}", "التشيك:CZ|الكونغو برازافيل:CG|الكونغو كينشاسا:CD"),
    ("everyday-name", "عاصمة {} ايش اسمها", "هولندا:NL|بورما:MM|ساحل العاج:CI"),
    ("everyday-name", "قولي لي عاصمة {}", "الدومينيكان:DO|افريقيا الوسطى:CF|سوازيلاند:SZ"),
    ("everyday-name", "عاصمة {} وش اسمها", "كوريا الشمالية:KP|جنوب افريقيا:ZA|تيمور:TL"),
    # official-name
    ("official-name", "ما هي عاصمة {} من فضلك", "المملكة العربية السعودية:SA|الولايات المتحدة الامريكية:US|المملكة المتحدة:GB"),
    ("official-name", "عاصمة {} وش اسمها لو سمحتي", "جمهورية مصر العربية:EG|المملكة الاردنية الهاشمية:JO|الجمهورية العربية السورية:SY"),
    ("official-name", "ايش اسم عاصمة {}", "سلطنة عمان:OM|دولة الكويت:KW|مملكة البحرين:BH"),
    ("official-name", "عطيني عاصمة {} لو سمحتي", "دولة قطر:QA|الجمهورية التونسية:TN|المملكة المغربية:MA"),
    ("official-name", "ابغى اعرف عاصمة {}", "جمهورية العراق:IQ|جمهورية الصين الشعبية:CN|الاتحاد الروسي:RU"),
    ("official-name", "تعرفين عاصمة {}", "جمهورية المانيا الاتحادية:DE|الجمهورية الفرنسية:FR|جمهورية الهند:IN"),
    ("official-name", "وش هي عاصمة {}", "جمهورية ايران الاسلامية:IR|جمهورية باكستان الاسلامية:PK|جمهورية افغانستان الاسلامية:AF"),
    # plural-capitals
    ("plural-capitals", "كم عاصمة ل{}", "جنوب افريقيا:ZA|بوليفيا:BO|ماليزيا:MY"),
    ("plural-capitals", "ما هي عواصم {}", "جنوب افريقيا:ZA|هولندا:NL|سريلانكا:LK"),
    ("plural-capitals", "ليش {} لها عاصمتين", "بوليفيا:BO|بنين:BJ|ساحل العاج:CI"),
    ("plural-capitals", "وش العاصمة الثانية ل{}", "اسواتيني:SZ|فلسطين:PS|هولندا:NL"),
    ("plural-capitals", "هل صحيح ان {} عندها اكثر من عاصمة", "ماليزيا:MY|بنين:BJ"),
    ("plural-capitals", "ما هي عاصمة جامو وكشمير الصيفية", "IN-JK"),
    ("plural-capitals", "عواصم اوتاراخاند ايش هي", "IN-UK"),
    ("plural-capitals", "عاصمة مونتسرات وش هي الحين", "MS"),
    # shared-name
    ("shared-name", "ما هي عاصمة {} بالضبط", "الكونغو:CD+CG|كوريا:KP+KR|جزر العذراء:VG+VI"),
    ("shared-name", "وش عاصمة {} الدولة", "جورجيا:GE"),
    ("shared-name", "عاصمة ولاية {} الامريكية", "جورجيا:US-GA"),
    ("shared-name", "وش عاصمة {} يا اليكسا", "جورجيا:GE+US-GA|النيجر:NE|نيجيريا:NG"),
    ("shared-name", "طيب عاصمة {} ايش هي", "غينيا:GN|دومينيكا:DM|جمهورية الدومينيكان:DO"),
    ("shared-name", "ما هي عاصمة {} الغربية", "ساموا:WS"),
    ("shared-name", "وش عواصم {}", "الكوريتين:KP+KR"),
    # subdivision
    ("subdivision", "ما هي عاصمة ولاية {}", "تكساس:US-TX|فلوريدا:US-FL|كاليفورنيا:US-CA"),
    ("subdivision", "وش عاصمة ولاية {}", "نيويورك:US-NY|واشنطن:US-WA|الاسكا:US-AK"),
    ("subdivision", "عاصمة ولاية {} وش هي", "هاواي:US-HI|نيفادا:US-NV|اريزونا:US-AZ"),
    ("subdivision", "ما هي عاصمة مقاطعة {}", "اونتاريو:CA-ON|كيبك:CA-QC|البرتا:CA-AB"),
    ("subdivision", "ما هي عاصمة ولاية {} الالمانية", "بافاريا:DE-BY|هسن:DE-HE|ساكسونيا:DE-SN"),
    ("subdivision", "ايش عاصمة ولاية {} الهندية", "كيرلا:IN-KL|ماهاراشترا:IN-MH|راجستان:IN-RJ"),
    ("subdivision", "عاصمة ولاية {} الاسترالية ايش هي", "كوينزلاند:AU-QLD|فيكتوريا:AU-VIC|تسمانيا:AU-TAS"),
    ("subdivision", "ما هي عاصمة ولاية {} في البرازيل", "ساو باولو:BR-SP|باهيا:BR-BA|امازوناس:BR-AM"),
    ("subdivision", "ما عاصمة ولاية {} في المكسيك", "خاليسكو:MX-JAL|يوكاتان:MX-YUC"),
    # territory
    ("territory", "ما اسم العاصمة في {}", "غرينلاند:GL|بورتوريكو:PR|جزر فارو:FO"),
    ("territory", "وش عاصمة {} التابعة لبريطانيا", "برمودا:BM|جبل طارق:GI|جزر كايمان:KY"),
    ("territory", "عاصمة {} ايش", "كاليدونيا الجديدة:NC|بولينيزيا الفرنسية:PF|غوام:GU"),
    ("territory", "ما هي عاصمة اقليم {}", "الصحراء الغربية:EH"),
    # yes-no-check
    ("yes-no-check", "هل جدة عاصمة السعودية", "SA"),
    ("yes-no-check", "هل اسطنبول هي عاصمة تركيا", "TR"),
    ("yes-no-check", "هل سيدني عاصمة استراليا", "AU"),
    ("yes-no-check", "دبي عاصمة الامارات صح", "AE"),
    ("yes-no-check", "هل ريو دي جانيرو لا تزال عاصمة البرازيل", "BR"),
    ("yes-no-check", "صح ان عاصمة المغرب الرباط", "MA"),
    ("yes-no-check", "هل كراتشي عاصمة باكستان ولا لا", "PK"),
    ("yes-no-check", "هل نيويورك عاصمة امريكا", "US"),
    ("yes-no-check", "تورنتو عاصمة كندا صح ولا غلط", "CA"),
    ("yes-no-check", "هل لاغوس هي عاصمة نيجيريا", "NG"),
    ("yes-no-check", "عاصمة الهند بومباي صح", "IN"),
    ("yes-no-check", "هل بون ما زالت عاصمة المانيا", "DE"),
    ("yes-no-check", "هل زيورخ عاصمة سويسرا", "CH"),
    ("yes-no-check", "هي شنغهاي عاصمة الصين ولا", "CN"),
    ("yes-no-check", "هل عاصمة فيتنام هي هوشي منه", "VN"),
    ("yes-no-check", "بيروت عاصمة لبنان مو كذا", "LB"),
    # self-correction
    ("self-correction", "ما هي عاصمة السويد لا اقصد النرويج", "NO"),
    ("self-correction", "وش عاصمة النمسا عفوا قصدي استراليا", "AU"),
    ("self-correction", "عاصمة سلوفاكيا لا لا سلوفينيا", "SI"),
    ("self-correction", "ما هي عاصمة ايران اه لا العراق", "IQ"),
    ("self-correction", "ابغى عاصمة كولومبيا اقصد بوليفيا", "BO"),
    ("self-correction", "عاصمة الكاميرون لا غلطت اقصد الغابون", "GA"),
    ("self-correction", "وش عاصمة موريتانيا او لا خليها موريشيوس", "MU"),
    ("self-correction", "ما هي عاصمة نيجيريا امم لا النيجر", "NE"),
    ("self-correction", "عاصمة اليمن اسفة قصدي عمان", "OM"),
    ("self-correction", "ايش عاصمة ليتوانيا لا مو ليتوانيا لاتفيا", "LV"),
    # reverse-question
    ("reverse-question", "الرياض عاصمة اي دولة", "CITY:الرياض"),
    ("reverse-question", "نيروبي عاصمة وش", "CITY:نيروبي"),
    ("reverse-question", "لشبونة عاصمة اي بلد", "CITY:لشبونة"),
    ("reverse-question", "كانبرا عاصمة ايش", "CITY:كانبرا"),
    ("reverse-question", "بانكوك هي عاصمة اي دولة", "CITY:بانكوك"),
    ("reverse-question", "مقديشو عاصمة اي بلد", "CITY:مقديشو"),
    ("reverse-question", "اي دولة عاصمتها بوغوتا", "CITY:بوغوتا"),
    ("reverse-question", "اوتاوا عاصمة وش", "CITY:أوتاوا"),
    ("reverse-question", "دمشق عاصمة اي دوله", "CITY:دمشق"),
    ("reverse-question", "طوكيو عاصمة اي دولة", "CITY:طوكيو"),
    # out-of-domain
    ("out-of-domain", "كم عدد سكان السعودية", "FB"),
    ("out-of-domain", "وش عملة تركيا", "FB"),
    ("out-of-domain", "ما هي اللغة الرسمية في البرازيل", "FB"),
    ("out-of-domain", "كم الساعة في لندن الحين", "FB"),
    ("out-of-domain", "وش الطقس في الرياض اليوم", "FB"),
    ("out-of-domain", "كم المسافة بين جدة والرياض", "FB"),
    ("out-of-domain", "ما هي اكبر مدينة في استراليا", "FB"),
    ("out-of-domain", "من هو رئيس فرنسا", "FB"),
    ("out-of-domain", "وش علم اليابان", "FB"),
    ("out-of-domain", "كم مساحة روسيا", "FB"),
    ("out-of-domain", "وين تقع ماليزيا", "FB"),
    ("out-of-domain", "ما هو اطول نهر في العالم", "FB"),
    ("out-of-domain", "كم عدد دول العالم", "FB"),
    ("out-of-domain", "شغلي اذاعة القران الكريم", "FB"),
    ("out-of-domain", "شغلي اغاني محمد عبده", "FB"),
    ("out-of-domain", "اضبطي منبه الساعة ستة الصبح", "FB"),
    ("out-of-domain", "متى صلاة العصر", "FB"),
    ("out-of-domain", "كم درجة الحرارة برا", "FB"),
    ("out-of-domain", "سوي مؤقت عشر دقايق", "FB"),
    ("out-of-domain", "احكي لي نكتة", "FB"),
    ("out-of-domain", "طفي النور", "FB"),
    ("out-of-domain", "ايش اخبار الهلال", "FB"),
    ("out-of-domain", "كم سعر الدولار بالريال", "FB"),
    ("out-of-domain", "ترجمي كلمة عاصمة بالانجليزي", "FB"),
    ("out-of-domain", "وش معنى كلمة عاصمة", "FB"),
    ("out-of-domain", "شغلي قناة العاصمة", "FB"),
    ("out-of-domain", "كم راس المال المطلوب لفتح مطعم", "FB"),
    ("out-of-domain", "وش افضل مطاعم في العاصمة", "FB"),
    ("out-of-domain", "ما هي عاصمة الثقافة العربية هذه السنة", "FB"),
    ("out-of-domain", "ليش سموا الرياض عاصمة القرار", "FB"),
    ("out-of-domain", "وش هي العاصمة الادارية الجديدة في مصر وين تقع", "FB"),
    ("out-of-domain", "كم عدد سكان القاهرة", "FB"),
    ("out-of-domain", "وش اشهر اكلة في المغرب", "FB"),
    ("out-of-domain", "متى استقلت الجزائر", "FB"),
    ("out-of-domain", "ما هو النشيد الوطني للكويت", "FB"),
    ("out-of-domain", "كيف اسافر الى تايلند", "FB"),
    ("out-of-domain", "هل احتاج فيزا لجورجيا", "FB"),
    ("out-of-domain", "وش رمز الاتصال لمصر", "FB"),
    ("out-of-domain", "ذكريني بكرة اتصل على امي", "FB"),
    ("out-of-domain", "اضيفي حليب لقائمة المشتريات", "FB"),
    ("out-of-domain", "من فاز بكاس العالم الماضي", "FB"),
    ("out-of-domain", "وش تاريخ اليوم بالهجري", "FB"),
    ("out-of-domain", "كيف حالك اليكسا", "FB"),
    ("out-of-domain", "علي صوت", "FB"),
    ("out-of-domain", "وش الحروف الكبيرة في الانجليزي", "FB"),
    ("out-of-domain", "ما هي عملة دولة الامارات", "FB"),
    # help
    ("help", "مساعدة", "HELP"),
    ("help", "وش اقدر اسالك", "HELP"),
    ("help", "كيف تشتغل هذي المهارة", "HELP"),
    ("help", "ساعديني", "HELP"),
    ("help", "ايش تقدرين تسوين", "HELP"),
    ("help", "وش اقول عشان اعرف عاصمة دولة", "HELP"),
    ("help", "ما فهمت كيف استخدمها", "HELP"),
    ("help", "اعطيني امثلة على الاسئلة", "HELP"),
    ("help", "كيف استعمل عواصم العالم", "HELP"),
    # stop
    ("stop", "وقفي", "STOP"),
    ("stop", "اسكتي", "STOP"),
    ("stop", "خلاص اطلعي", "STOP"),
    ("stop", "اغلقي المهارة", "STOP"),
    ("stop", "توقفي يا اليكسا", "STOP"),
    ("stop", "انهاء", "STOP"),
    # cancel
    ("cancel", "الغاء", "CANCEL"),
    ("cancel", "الغي", "CANCEL"),
    ("cancel", "انسي الموضوع", "CANCEL"),
    ("cancel", "لا خلاص ما ابي", "CANCEL"),
    ("cancel", "الغي السؤال", "CANCEL"),
    ("cancel", "كنسلي", "CANCEL"),
    # launch
    ("launch", "افتحي عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا افتحي مهارة عواصم العالم", "LAUNCH"),
    ("launch", "شغلي عواصم العالم", "LAUNCH"),
    ("launch", "ابدئي عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا شغلي مهارة عواصم العالم", "LAUNCH"),
    ("launch", "افتح عواصم العالم", "LAUNCH"),
    # more of the same families
    ("direct-question", "ما هي العاصمة السياسية ل{}", "تركيا:TR|استراليا:AU|كندا:CA"),
    ("direct-question", "اي مدينة تعتبر عاصمة {}", "كازاخستان:KZ|البرازيل:BR|نيجيريا:NG"),
    ("gulf-dialect", "يا اليكسا عاصمة {} وش", "الصين:CN|كندا:CA|مصر:EG"),
    ("gulf-dialect", "ودي اعرف وش هي عاصمة {}", "الهند:IN|الاردن:JO|البوسنة:BA"),
    ("egyptian-levantine", "عاصمة {} ايه يا اليكسا", "اوغندا:UG|الصومال:SO|ليبيا:LY"),
    ("egyptian-levantine", "انا عايز اعرف عاصمة {}", "البرازيل:BR|المانيا:DE|السعودية:SA"),
    ("egyptian-levantine", "فيكي تقوليلي شو عاصمة {}", "فرنسا:FR|قطر:QA|البحرين:BH"),
    ("want-to-know", "ابي اسال عن عاصمة {}", "سانت فنسنت والغرينادين:VC|انتيغوا وباربودا:AG|سانت كيتس ونيفيس:KN"),
    ("follow-up", "طيب و{} عاصمتها ايش", "الكويت:KW|السودان:SD|الامارات:AE"),
    ("subdivision", "وش عاصمة مقاطعة {} الكندية", "كولومبيا البريطانية:CA-BC|نوفا سكوشا:CA-NS|مانيتوبا:CA-MB"),
    ("subdivision", "ما هي عاصمة ولاية {} الامريكية", "اوهايو:US-OH|ميشيغان:US-MI|فيرجينيا:US-VA"),
    ("subdivision", "عاصمة ولاية {} الهندية وش هي", "البنجاب:IN-PB|تاميل نادو:IN-TN|غوجارات:IN-GJ"),
    ("subdivision", "ما هي عاصمة {} في المملكة المتحدة", "ايرلندا الشمالية:GB-NIR"),
    ("territory", "ما هي عاصمة جزر {}", "فوكلاند:FK|كوك:CK|توركس وكايكوس:TC"),
    ("territory", "ما هي عاصمة {} التابعة لفرنسا", "المارتينيك:MQ|غوادلوب:GP|ريونيون:RE"),
    ("yes-no-check", "هل عاصمة استراليا ملبورن", "AU"),
    ("yes-no-check", "الدار البيضاء عاصمة المغرب ولا الرباط", "MA"),
    ("yes-no-check", "هل مكة عاصمة السعودية", "SA"),
    ("yes-no-check", "اسطنبول ولا انقرة عاصمة تركيا", "TR"),
    ("self-correction", "عاصمة بلجيكا لا استني هولندا", "NL"),
    ("self-correction", "وش عاصمة الهند لا ثانية باكستان", "PK"),
    ("reverse-question", "مسقط عاصمة اي بلد", "CITY:مسقط"),
    ("reverse-question", "برازيليا عاصمة وش", "CITY:برازيليا"),
    ("reverse-question", "ابوجا عاصمة اي دولة يا اليكسا", "CITY:أبوجا"),
    ("out-of-domain", "كم يبعد المطار عن الرياض", "FB"),
    ("out-of-domain", "وش اسم رئيس وزراء كندا", "FB"),
    ("out-of-domain", "متى يبدا رمضان السنة هذي", "FB"),
    ("out-of-domain", "وش الديانة في نيبال", "FB"),
    ("out-of-domain", "ما هي اعلى قمة في افريقيا", "FB"),
    ("out-of-domain", "شغلي سورة الكهف", "FB"),
    ("out-of-domain", "كم سعر الذهب اليوم", "FB"),
    ("out-of-domain", "وش افضل وقت لزيارة جورجيا", "FB"),
    ("out-of-domain", "ما هو الطبق الشعبي في لبنان", "FB"),
    ("out-of-domain", "كم عدد الولايات في امريكا", "FB"),
    ("out-of-domain", "اطلبي لي تاكسي", "FB"),
    ("out-of-domain", "وش لون علم ايطاليا", "FB"),
    ("out-of-domain", "ايش اللغة اللي يتكلمونها في سويسرا", "FB"),
    ("out-of-domain", "كم تبعد دبي عن ابوظبي بالسيارة", "FB"),
    ("out-of-domain", "ابي وصفة كبسة", "FB"),
    ("out-of-domain", "اتصلي على مطعم العاصمة", "FB"),
    ("out-of-domain", "وش يعني راس مال الشركة", "FB"),
    ("out-of-domain", "كيف اكتب كلمة عاصمة بالانجليزي", "FB"),
    ("help", "ايش الاوامر اللي تفهمينها", "HELP"),
    ("help", "كيف اسال سؤال", "HELP"),
    ("help", "محتاج مساعدة في المهارة", "HELP"),
    ("help", "ما عرفت وش اقول", "HELP"),
    ("help", "اشرحي لي المهارة", "HELP"),
    ("help", "وش اسوي هنا", "HELP"),
    ("stop", "بس يكفي", "STOP"),
    ("stop", "سكري المهارة", "STOP"),
    ("stop", "اقفلي", "STOP"),
    ("stop", "وقفي المهارة الحين", "STOP"),
    ("stop", "اطفي", "STOP"),
    ("cancel", "الغي الطلب", "CANCEL"),
    ("cancel", "تراجعي", "CANCEL"),
    ("cancel", "لا لا الغيه", "CANCEL"),
    ("cancel", "انسي اللي قلته", "CANCEL"),
    ("cancel", "ما ابغى شي خلاص الغي", "CANCEL"),
    ("launch", "اليكسا ابدئي لعبة عواصم العالم", "LAUNCH"),
    ("launch", "افتحي لي عواصم العالم", "LAUNCH"),
    ("launch", "ابي العب عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا افتحي تطبيق عواصم العالم", "LAUNCH"),
]

TRANSCRIPT = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")


def normalized(city):
    """A capital's name as compared for reverse questions: no diacritics, hamza seats as bare letters."""
    city = re.sub(r"[\u064B-\u0652]", "", city)
    return city.translate(str.maketrans("أإآ", "ااا"))


def filled(frame, name):
    """The frame said with the name; the preposition ل before an article is written لل, as in للجزائر."""
    if name.startswith("ال") and "ل{}" in frame:
        return frame.replace("ل{}", "لل" + name[2:])
    return frame.replace("{}", name)


def lines():
    known = {c["id"] for c in corpus_rounds.capitals_data()["countries"]}
    by_capital = corpus_rounds.places_by_capital("ar", key=normalized)
    uses, written = Counter(), []
    for family, frame, said in F:
        if "{}" in frame:
            fills = [item.rsplit(":", 1) for item in said.split("|")]
            if len(fills) > 3:
                corpus_rounds.fail(f"frame {frame} has more than three names")
            pairs = [(filled(frame, name), pid) for name, pid in fills]
        else:
            pairs = [(frame, corpus_rounds.expected_of(said, by_capital, key=normalized))]
        uses[frame] += len(pairs)
        if uses[frame] > 3:
            corpus_rounds.fail(f"frame used more than three times: {frame}")
        for utterance, expected in pairs:
            if not TRANSCRIPT.match(utterance):
                corpus_rounds.fail(f"not an Arabic transcript: {utterance}")
            if not expected.startswith(("AMAZON.", "LaunchRequest")):
                problem = corpus_rounds.ids_problem(expected, known)
                if problem:
                    corpus_rounds.fail(f"{problem} in: {utterance}")
            written.append((utterance, LOCALE, expected, family))
    return written


def main():
    check = corpus_rounds.check_requested(sys.argv, BUILDER)
    written = lines()
    kept, dropped_earlier, dropped_repeat = corpus_rounds.keep_new(
        written, corpus_rounds.earlier_pairs("ar", range(2, 7)))
    halves = split_halves(kept, SEED)
    texts = corpus_rounds.render_halves(halves, f"# Generated by {BUILDER} (seed {SEED}); do not edit by hand")
    families = Counter(line[3] for line in kept)
    print(f"build_corpus: written {len(written)}, dropped {sum(dropped_earlier.values())} already in rounds 1-6 "
          f"and {sum(dropped_repeat.values())} repeats, kept {len(kept)}: "
          f"tuning {len(halves[0])}, heldback {len(halves[1])}")
    print("  kept per family: " + ", ".join(f"{f} {n}" for f, n in sorted(families.items())))
    if dropped_earlier:
        print("  dropped per family: " + ", ".join(f"{f} {n}" for f, n in dropped_earlier.most_common()))
    corpus_rounds.write_or_check(texts, SOURCE.parent, check, BUILDER)


if __name__ == "__main__":
    main()
