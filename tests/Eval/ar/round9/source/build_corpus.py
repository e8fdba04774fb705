"""Round-9 Arabic (ar-SA) evaluation corpus, written blind: the sentences, how frames are filled, the checks, the split.

F holds (family, frame with {} or a whole sentence, fills or the expected value). Fills are (name as said, expected)
pairs; an expected value is a place id (several joined by + in ordinal order), CITY:<capital as languages/ar.json spells
it> for a reverse question (every place with that capital), or FB, HELP, STOP, CANCEL, LAUNCH."""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from corpus_rounds import (capitals_data, check_requested, earlier_pairs, expected_of, fail,  # noqa: E402
                           ids_problem, keep_new, places_by_capital, render_halves, write_or_check)
from split_halves import split_halves  # noqa: E402

LANGUAGE, LOCALE = "ar", "ar-SA"
SEED = "round9-20261201-ar"
BUILDER = "tests/Eval/ar/round9/source/build_corpus.py"

F = [
    # --- direct-question: Modern Standard and plain everyday questions
    ("direct-question", "ما هي عاصمة {}", [("اذربيجان", "AZ"), ("بوتسوانا", "BW"), ("سورينام", "SR")]),
    ("direct-question", "ما عاصمة دولة {}", [("الكاميرون", "CM"), ("قيرغيزستان", "KG"), ("لاتفيا", "LV")]),
    ("direct-question", "ماهي عاصمة {}", [("ناميبيا", "NA"), ("فانواتو", "VU"), ("غيانا", "GY")]),
    ("direct-question", "ما اسم عاصمة {}", [("ليسوتو", "LS"), ("موريتانيا", "MR")]),
    ("direct-question", "عاصمة {} ما هي", [("الاكوادور", "EC"), ("هندوراس", "HN"), ("مولدوفا", "MD")]),
    ("direct-question", "ماذا تسمى عاصمة {}", [("استونيا", "EE"), ("تشاد", "TD")]),
    ("direct-question", "اي مدينة هي عاصمة {}", [("نيوزيلندا", "NZ")]),
    ("direct-question", "في اي مدينة تقع عاصمة {}", [("ليبيريا", "LR"), ("كوستاريكا", "CR")]),
    ("direct-question", "ما هي المدينة التي تعتبر عاصمة {}", [("طاجيكستان", "TJ")]),
    ("direct-question", "عاصمة {} شنو", [("ليبيا", "LY")]),
    ("direct-question", "كيف اسم عاصمة {}", [("بلغاريا", "BG"), ("السلفادور", "SV")]),
    ("direct-question", "ما هي عاصمه {} لو سمحت", [("غينيا الاستوائية", "GQ"), ("ميكرونيزيا", "FM")]),
    ("direct-question", "ايش هي عاصمة {} بالضبط", [("بوتان", "BT")]),
    ("direct-question", "من هي عاصمة {}", [("الارجنتين", "AR")]),
    # --- gulf-dialect
    ("gulf-dialect", "وش عاصمة {}", [("قطر", "QA"), ("بروناي", "BN"), ("الفلبين", "PH")]),
    ("gulf-dialect", "وش اسم عاصمة {} يا اليكسا", [("البحرين", "BH"), ("تايلند", "TH"), ("اوغندا", "UG")]),
    ("gulf-dialect", "ابغى اعرف عاصمة {} وش هي", [("عمان", "OM"), ("تنزانيا", "TZ"), ("مالي", "ML")]),
    ("gulf-dialect", "اليكسا وش تكون عاصمة {}", [("السودان", "SD"), ("فيتنام", "VN")]),
    ("gulf-dialect", "عاصمة {} وش تكون", [("الكويت", "KW"), ("اليمن", "YE"), ("تونغا", "TO")]),
    ("gulf-dialect", "وشي عاصمة {}", [("ايران", "IR"), ("سيراليون", "SL")]),
    ("gulf-dialect", "ايش العاصمة حقت {}", [("نيبال", "NP"), ("كولومبيا", "CO"), ("اريتريا", "ER")]),
    ("gulf-dialect", "ودي اعرف وش عاصمة {}", [("الدنمارك", "DK"), ("جامايكا", "JM")]),
    ("gulf-dialect", "يا اليكسا {} عاصمتها ايش", [("فنلندا", "FI"), ("موزمبيق", "MZ")]),
    ("gulf-dialect", "تكفين قولي عاصمة {}", [("الصومال", "SO"), ("النرويج", "NO")]),
    ("gulf-dialect", "ابيك تقولين لي عاصمة {}", [("ملاوي", "MW"), ("كرواتيا", "HR")]),
    ("gulf-dialect", "وش هي عاصمة {} الله يعافيك", [("الاردن", "JO")]),
    ("gulf-dialect", "اليكسا ايش تطلع عاصمة {}", [("تركمانستان", "TM")]),
    ("gulf-dialect", "عاصمة {} وشو اسمها", [("اوزبكستان", "UZ")]),
    ("gulf-dialect", "ابي عاصمة {} بسرعة", [("اليونان", "GR")]),
    # --- egyptian-levantine
    ("egyptian-levantine", "هي عاصمة {} اسمها ايه", [("غانا", "GH"), ("تونس", "TN"), ("كندا", "CA")]),
    ("egyptian-levantine", "عاصمة {} ايه يا اليكسا", [("البرازيل", "BR"), ("اثيوبيا", "ET"), ("نيجيريا", "NG")]),
    ("egyptian-levantine", "شو هي عاصمة {}", [("لبنان", "LB"), ("قبرص", "CY"), ("سويسرا", "CH")]),
    ("egyptian-levantine", "بدي اعرف شو عاصمة {}", [("ارمينيا", "AM"), ("بلجيكا", "BE"), ("رومانيا", "RO")]),
    ("egyptian-levantine", "عايز اعرف عاصمة {} ايه", [("السنغال", "SN"), ("فنزويلا", "VE"), ("المجر", "HU")]),
    ("egyptian-levantine", "ممكن تقوليلي عاصمة {} فين", [("تركيا", "TR")]),
    ("egyptian-levantine", "قوليلي بقى عاصمة {} ايه", [("الصين", "CN"), ("ايطاليا", "IT")]),
    ("egyptian-levantine", "هو انتي عارفة عاصمة {} ايه", [("كوريا الجنوبية", "KR"), ("اليابان", "JP")]),
    ("egyptian-levantine", "عاصمة {} بتبقى ايه", [("مصر", "EG")]),
    # --- polite-request
    ("polite-request", "لو سمحتي ابغى اعرف عاصمة {}", [("بربادوس", "BB"), ("سلوفينيا", "SI")]),
    ("polite-request", "من فضلك ما هي عاصمة {}", [("مالطا", "MT"), ("ليتوانيا", "LT"), ("كينيا", "KE")]),
    ("polite-request", "اذا ما عليك امر وش عاصمة {}", [("جيبوتي", "DJ"), ("توفالو", "TV"), ("ناورو", "NR")]),
    ("polite-request", "ممكن لو سمحتي تقولين لي عاصمة {}", [("بليز", "BZ"), ("غرينادا", "GD"), ("دومينيكا", "DM")]),
    ("polite-request", "الله يخليك عاصمة {} وش هي", [("مدغشقر", "MG"), ("البرتغال", "PT"), ("موريشيوس", "MU")]),
    ("polite-request", "اذا سمحتي اعطيني عاصمة {}", [("ايسلندا", "IS"), ("ساموا", "WS"), ("بالاو", "PW")]),
    ("polite-request", "يعطيك العافية ما هي عاصمة {}", [("سيشل", "SC")]),
    ("polite-request", "بعد اذنك ابي اعرف عاصمة {}", [("جزر سليمان", "SB")]),
    ("polite-request", "ممكن مساعدة ايش هي عاصمة {}", [("افغانستان", "AF")]),
    # --- imperative
    ("imperative", "قولي عاصمة {}", [("اندورا", "AD"), ("ترينيداد وتوباغو", "TT"), ("الراس الاخضر", "CV")]),
    ("imperative", "اعطيني عاصمة {}", [("ليختنشتاين", "LI"), ("الغابون", "GA"), ("انغولا", "AO")]),
    ("imperative", "خبريني وش عاصمة {}", [("المالديف", "MV"), ("جزر مارشال", "MH")]),
    ("imperative", "اذكري لي عاصمة {}", [("لوكسمبورغ", "LU"), ("سان مارينو", "SM"), ("توغو", "TG")]),
    ("imperative", "علميني عاصمة {}", [("باراغواي", "PY"), ("كازاخستان", "KZ"), ("بولندا", "PL")]),
    ("imperative", "هاتي لي اسم عاصمة {}", [("النمسا", "AT"), ("السويد", "SE")]),
    ("imperative", "دوري لي عاصمة {}", [("بوركينا فاسو", "BF")]),
    # --- do-you-know
    ("do-you-know", "هل تعرفين عاصمة {}", [("اوكرانيا", "UA"), ("الدومينيكان", "DO"), ("جزر القمر", "KM")]),
    ("do-you-know", "تعرفين وش عاصمة {}", [("ساحل العاج", "CI"), ("ماليزيا", "MY"), ("سانت لوسيا", "LC")]),
    ("do-you-know", "تدرين وش عاصمة {}", [("بابوا غينيا الجديدة", "PG"), ("الجبل الاسود", "ME"), ("سنغافورة", "SG")]),
    ("do-you-know", "هل لديك معلومة عن عاصمة {}", [("ايرلندا", "IE"), ("غينيا", "GN")]),
    ("do-you-know", "عندك فكرة وش عاصمة {}", [("اندونيسيا", "ID"), ("كمبوديا", "KH"), ("تشيلي", "CL")]),
    ("do-you-know", "يا ترى تعرفين عاصمة {}", [("جنوب السودان", "SS"), ("مقدونيا الشمالية", "MK")]),
    # --- want-to-know
    ("want-to-know", "ابغى اعرف عاصمة {}", [("النيجر", "NE"), ("جورجيا", "GE"), ("البوسنة والهرسك", "BA")]),
    ("want-to-know", "اريد ان اعرف عاصمة {}", [("الجزائر", "DZ"), ("اسبانيا", "ES"), ("روسيا", "RU")]),
    ("want-to-know", "حاب اعرف ايش عاصمة {}", [("موناكو", "MC"), ("كوسوفو", "XK"), ("تايوان", "TW")]),
    ("want-to-know", "نفسي اعرف عاصمة {}", [("بنما", "PA"), ("فرنسا", "FR"), ("ساو تومي وبرينسيبي", "ST")]),
    ("want-to-know", "ودي اعرف عاصمة {} كم مرة انساها", [("كيريباتي", "KI"), ("البانيا", "AL")]),
    ("want-to-know", "محتاج اعرف عاصمة {} ضروري", [("السعودية", "SA"), ("الامارات", "AE")]),
    # --- leading-filler
    ("leading-filler", "اممم عاصمة {} وش هي", [("سريلانكا", "LK"), ("الفاتيكان", "VA"), ("انتيغوا وباربودا", "AG")]),
    ("leading-filler", "طيب يا اليكسا ما عاصمة {}", [("نيوزيلندا", "NZ"), ("افريقيا الوسطى", "CF"), ("فنلندا", "FI")]),
    ("leading-filler", "اليكسا سؤال عاصمة {} وش", [("اسواتيني", "SZ"), ("بوليفيا", "BO"), ("المكسيك", "MX")]),
    ("leading-filler", "يعني اه ايش عاصمة {}", [("سانت فنسنت والغرينادين", "VC"), ("تونس", "TN"), ("اسرائيل", "IL")]),
    ("leading-filler", "اسمعي ابي عاصمة {}", [("الكونغو الديمقراطية", "CD"), ("كوبا", "CU")]),
    ("leading-filler", "اوكي الحين عاصمة {}", [("موزمبيق", "MZ")]),
    ("leading-filler", "بس سؤال صغير وش عاصمة {}", [("ارمينيا", "AM")]),
    # --- trailing-words
    ("trailing-words", "ما هي عاصمة {} يا ترى", [("الاكوادور", "EC"), ("سانت كيتس ونيفيس", "KN"), ("تشاد", "TD")]),
    ("trailing-words", "عاصمة {} وش هي بالله", [("زامبيا", "ZM"), ("الكاميرون", "CM"), ("العراق", "IQ")]),
    ("trailing-words", "وش عاصمة {} الحين", [("ميانمار", "MM"), ("كازاخستان", "KZ"), ("بوروندي", "BI")]),
    ("trailing-words", "ايش عاصمة {} نسيتها والله", [("استراليا", "AU"), ("المغرب", "MA")]),
    ("trailing-words", "عاصمة {} وش هي لو سمحتي شكرا", [("الهند", "IN")]),
    # --- bare-name
    ("bare-name", "{} عاصمتها", [("ليتوانيا", "LT"), ("غواتيمالا", "GT"), ("باربادوس", "BB")]),
    ("bare-name", "عاصمة {}", [("بنغلاديش", "BD"), ("اوزبكستان", "UZ"), ("فيجي", "FJ")]),
    ("bare-name", "{} العاصمة وش", [("هولندا", "NL"), ("سلوفينيا", "SI")]),
    # --- name-first
    ("name-first", "{} وش عاصمتها", [("اثيوبيا", "ET"), ("نيبال", "NP"), ("غانا", "GH")]),
    ("name-first", "دولة {} ما هي عاصمتها", [("الصومال", "SO"), ("بيرو", "PE"), ("جيبوتي", "DJ")]),
    ("name-first", "بالنسبة ل{} وش العاصمة", [("تنزانيا", "TZ"), ("رومانيا", "RO"), ("قطر", "QA")]),
    ("name-first", "{} ايش اسم عاصمتها", [("اوغندا", "UG")]),
    # --- follow-up
    ("follow-up", "و{}", [("لبنان", "LB"), ("السويد", "SE"), ("الارجنتين", "AR")]),
    ("follow-up", "طيب و{} وش عاصمتها", [("البرتغال", "PT"), ("كوريا الشمالية", "KP"), ("ايران", "IR")]),
    ("follow-up", "و{} بعد", [("سوريا", "SY"), ("النمسا", "AT"), ("لاوس", "LA")]),
    ("follow-up", "زين وعاصمة {}", [("فيتنام", "VN"), ("منغوليا", "MN")]),
    ("follow-up", "والحين {}", [("هايتي", "HT")]),
    ("follow-up", "وماذا عن {}", [("بلجيكا", "BE")]),
    ("follow-up", "واللي بعدها {}", [("اليمن", "YE"), ("صربيا", "RS")]),
    # --- everyday-name: short, older or colloquial names
    ("everyday-name", "وش عاصمة {} يا اليكسا", [("امريكا", "US"), ("بريطانيا", "GB"), ("بورما", "MM")]),
    ("everyday-name", "وين عاصمة {}", [("سوازيلاند", "SZ"), ("هولندا", "NL"), ("تشيكيا", "CZ")]),
    ("everyday-name", "عاصمة {} ايش", [("الكونغو كينشاسا", "CD"), ("انجلترا", "GB-ENG"), ("تيمور", "TL")]),
    ("everyday-name", "ابي عاصمة {}", [("ساحل العاج", "CI"), ("البهاما", "BS")]),
    ("everyday-name", "ايش كانت عاصمة {} ايام زمان", [("سيلان", "LK")]),
    ("everyday-name", "عاصمة {} وش هي", [("الامارات", "AE"), ("المانيا", "DE"), ("روسيا البيضاء", "BY")]),
    ("everyday-name", "وش عاصمة بلاد {}", [("الرافدين", "IQ")]),
    # --- official-name
    ("official-name", "ما هي عاصمة {} الرسمية", [("المملكة الاردنية الهاشمية", "JO"), ("جمهورية مصر العربية", "EG"), ("دولة الكويت", "KW")]),
    ("official-name", "عاصمة {} وش تكون الله يسلمك", [("سلطنة عمان", "OM"), ("المملكة المغربية", "MA"), ("الجمهورية اليمنية", "YE")]),
    ("official-name", "اعطيني اسم عاصمة {}", [("الولايات المتحدة الامريكية", "US"), ("جمهورية الصين الشعبية", "CN"), ("الجمهورية الفرنسية", "FR")]),
    ("official-name", "ما اسم العاصمة في {}", [("الجمهورية الجزائرية", "DZ"), ("جمهورية العراق", "IQ"), ("دولة قطر", "QA")]),
    ("official-name", "وش العاصمة حقت {}", [("المملكة المتحدة", "GB"), ("مملكة البحرين", "BH"), ("جمهورية كوريا", "KR")]),
    ("official-name", "تعرفين عاصمة {}", [("الجمهورية العربية السورية", "SY"), ("جمهورية السودان", "SD")]),
    ("official-name", "ابغى عاصمة {}", [("الاتحاد السويسري", "CH")]),
    ("official-name", "قولي لي عاصمة {}", [("الجمهورية التركية", "TR")]),
    # --- letter-variant: as ASR or a typist may spell the name
    ("letter-variant", "وش عاصمه {}", [("انجولا", "AO"), ("جواتيمالا", "GT"), ("نيكاراجوا", "NI")]),
    ("letter-variant", "ما هي عاصمه {}", [("اوروجواي", "UY"), ("بلغاريه", "BG"), ("كرواتيه", "HR")]),
    ("letter-variant", "عاصمه {} ايش", [("الجابون", "GA"), ("جامبيا", "GM"), ("جرينادا", "GD")]),
    ("letter-variant", "ابي اعرف عاصمه {}", [("تنزانيه", "TZ"), ("رواندا", "RW"), ("سلوفاكيه", "SK")]),
    ("letter-variant", "قولي لي عاصمه {}", [("الدانمارك", "DK"), ("ليبيريه", "LR"), ("منغوليه", "MN")]),
    ("letter-variant", "عاصمة {} وش", [("الكامرون", "CM"), ("زمبابوي", "ZW")]),
    # --- plural-capitals: every country with several capitals in the data (and Palestine)
    ("plural-capitals", "وش عواصم {}", [("جنوب افريقيا", "ZA"), ("بوليفيا", "BO"), ("ماليزيا", "MY")]),
    ("plural-capitals", "ما هي عواصم {}", [("هولندا", "NL"), ("بنين", "BJ"), ("سريلانكا", "LK")]),
    ("plural-capitals", "كم عاصمة عند {}", [("ساحل العاج", "CI"), ("اسواتيني", "SZ"), ("فلسطين", "PS")]),
    ("plural-capitals", "ليش {} لها اكثر من عاصمة وش هي", [("جنوب افريقيا", "ZA"), ("بوليفيا", "BO")]),
    ("plural-capitals", "اعطيني العواصم الثلاث حقت {}", [("جنوب افريقيا", "ZA")]),
    ("plural-capitals", "العاصمتين حقت {} وش هم", [("ماليزيا", "MY"), ("هولندا", "NL"), ("فلسطين", "PS")]),
    ("plural-capitals", "سمعت ان {} عندها عاصمتين وش هي", [("بنين", "BJ"), ("سريلانكا", "LK"), ("ساحل العاج", "CI")]),
    ("plural-capitals", "اذكري عواصم {} كلها", [("اسواتيني", "SZ"), ("بوليفيا", "BO")]),
    ("plural-capitals", "ما هما عاصمتا {}", [("ماليزيا", "MY"), ("سوازيلاند", "SZ")]),
    ("plural-capitals", "ايش العواصم اللي عند {}", [("فلسطين", "PS"), ("هولندا", "NL"), ("بنين", "BJ")]),
    ("plural-capitals", "{} كم عاصمة فيها وش اساميها", [("مونتسرات", "MS"), ("جامو وكشمير", "IN-JK"), ("ولاية اوتاراخاند", "IN-UK")]),
    ("plural-capitals", "وش هي العاصمة الادارية والعاصمة الرسمية ل{}", [("سريلانكا", "LK"), ("ساحل العاج", "CI")]),
    # --- shared-name
    ("shared-name", "وش عاصمة {} طيب", [("كوريا", "KP+KR"), ("الكونغو", "CD+CG"), ("جزر العذراء", "VG+VI")]),
    ("shared-name", "ما هي عاصمتا {}", [("الكوريتين", "KP+KR"), ("دولتي الكونغو", "CD+CG")]),
    ("shared-name", "ابي عواصم {}", [("كوريا الشمالية والجنوبية", "KP+KR")]),
    ("shared-name", "عاصمة {} وش اسمها", [("الكونغو برازافيل", "CG")]),
    ("shared-name", "عاصمة جورجيا {}", [("الدولة", "GE"), ("الولاية الامريكية", "US-GA")]),
    ("shared-name", "وش عاصمة ولاية جورجيا في {}", [("امريكا", "US-GA")]),
    ("shared-name", "عاصمة جمهورية {} ايش", [("الكونغو الديمقراطية", "CD"), ("الكونغو", "CG")]),
    ("shared-name", "ابي عاصمة {} مو الجنوبية", [("كوريا الشمالية", "KP")]),
    ("shared-name", "ايش عاصمة {} اللي في القوقاز", [("جورجيا", "GE")]),
    ("shared-name", "عاصمة غينيا {}", [("الاستوائية", "GQ"), ("بيساو", "GW")]),
    ("shared-name", "وش عاصمة {} مو النيجر", [("نيجيريا", "NG")]),
    ("shared-name", "عاصمة جزر فيرجن {}", [("البريطانية", "VG"), ("الامريكية", "VI")]),
    # --- subdivision
    ("subdivision", "وش عاصمة ولاية {}", [("تكساس", "US-TX"), ("فلوريدا", "US-FL"), ("ميشيغان", "US-MI")]),
    ("subdivision", "ما هي عاصمة ولاية {} الامريكية", [("نيفادا", "US-NV"), ("اريزونا", "US-AZ"), ("اوريغون", "US-OR")]),
    ("subdivision", "عاصمة ولاية {} ايش", [("كاليفورنيا", "US-CA"), ("الاسكا", "US-AK"), ("هاواي", "US-HI")]),
    ("subdivision", "ابي اعرف عاصمة ولاية {}", [("نيويورك", "US-NY"), ("واشنطن", "US-WA")]),
    ("subdivision", "ما هي عاصمة مقاطعة {} الكندية", [("البرتا", "CA-AB"), ("اونتاريو", "CA-ON")]),
    ("subdivision", "عاصمة {} في كندا", [("كولومبيا البريطانية", "CA-BC"), ("نوفا سكوشا", "CA-NS")]),
    ("subdivision", "وش عاصمة ولاية {} في المانيا", [("بافاريا", "DE-BY"), ("ساكسونيا", "DE-SN")]),
    ("subdivision", "عاصمة ولاية {} الهندية", [("ماهاراشترا", "IN-MH"), ("كيرالا", "IN-KL")]),
    ("subdivision", "ايش عاصمة ولاية {} في الهند", [("راجستان", "IN-RJ"), ("تاميل نادو", "IN-TN")]),
    ("subdivision", "عاصمة ولاية {} الاسترالية", [("فيكتوريا", "AU-VIC"), ("كوينزلاند", "AU-QLD")]),
    ("subdivision", "ما هي عاصمة ولاية {} في البرازيل", [("باهيا", "BR-BA"), ("امازوناس", "BR-AM")]),
    ("subdivision", "وش عاصمة ولاية {} المكسيكية", [("خاليسكو", "MX-JAL"), ("يوكاتان", "MX-YUC")]),
    ("subdivision", "عاصمة {} في بريطانيا وش هي", [("اسكتلندا", "GB-SCT"), ("ويلز", "GB-WLS")]),
    ("subdivision", "ما عاصمة ولاية {}", [("لويزيانا", "US-LA"), ("تينيسي", "US-TN")]),
    ("subdivision", "عاصمة ولاية {} الامريكية", [("ماساتشوستس", "US-MA"), ("كولورادو", "US-CO")]),
    # --- territory
    ("territory", "ايش اسم العاصمة في {}", [("غرينلاند", "GL"), ("برمودا", "BM"), ("بورتوريكو", "PR")]),
    ("territory", "ما العاصمة في {}", [("جزر فارو", "FO"), ("كاليدونيا الجديدة", "NC"), ("جزر كايمان", "KY")]),
    ("territory", "عاصمة جزيرة {}", [("غوام", "GU"), ("مايوت", "YT"), ("روينيون", "RE")]),
    ("territory", "عاصمة {} ايش اسمها", [("الصحراء الغربية", "EH"), ("جزر فوكلاند", "FK"), ("كوراساو", "CW")]),
    ("territory", "ابغى اعرف وش عاصمة {}", [("غويانا الفرنسية", "GF"), ("جزر كوك", "CK"), ("اروبا", "AW")]),
    ("territory", "قولي وش عاصمة {}", [("جبل طارق", "GI"), ("جزيرة مان", "IM"), ("غوادلوب", "GP")]),
    ("territory", "وش عاصمة جزر {}", [("توركس وكايكوس", "TC"), ("الماريانا الشمالية", "MP")]),
    # --- yes-no-check: expects the place asked about
    ("yes-no-check", "هل {} هي عاصمة {}", [("اسطنبول|تركيا", "TR"), ("سيدني|استراليا", "AU"), ("ريو دي جانيرو|البرازيل", "BR")]),
    ("yes-no-check", "صح ان {} عاصمة {}", [("لاغوس|نيجيريا", "NG"), ("زيورخ|سويسرا", "CH"), ("كراتشي|باكستان", "PK")]),
    ("yes-no-check", "عاصمة {} هي {} ولا لا", [("المغرب|الدار البيضاء", "MA"), ("كندا|تورنتو", "CA"), ("نيوزيلندا|اوكلاند", "NZ")]),
    ("yes-no-check", "عاصمة {} مو {} صح", [("الامارات|دبي", "AE"), ("فيتنام|هوشي منه", "VN"), ("تنزانيا|دار السلام", "TZ")]),
    ("yes-no-check", "هل صحيح ان عاصمة {} هي {}", [("ميانمار|يانغون", "MM"), ("كازاخستان|الماتي", "KZ")]),
    ("yes-no-check", "{} عاصمة {} ولا غلطان", [("جدة|السعودية", "SA"), ("نيويورك|امريكا", "US")]),
    # --- self-correction: the place said last
    ("self-correction", "وش عاصمة {} لا قصدي {}", [("النمسا|استراليا", "AU"), ("السويد|سويسرا", "CH"), ("سلوفاكيا|سلوفينيا", "SI")]),
    ("self-correction", "عاصمة {} اقصد {}", [("ايران|العراق", "IQ"), ("النيجر|نيجيريا", "NG"), ("غينيا|غانا", "GH")]),
    ("self-correction", "ما هي عاصمة {} عفوا {}", [("كولومبيا|بوليفيا", "BO"), ("الكويت|قطر", "QA")]),
    ("self-correction", "ابي عاصمة {} لا لا خليها {}", [("المانيا|النمسا", "AT"), ("مصر|الاردن", "JO"), ("تايلاند|كمبوديا", "KH")]),
    ("self-correction", "قولي عاصمة {} اوه اسفة {}", [("البرتغال|اسبانيا", "ES"), ("تشيلي|بيرو", "PE")]),
    # --- reverse-question: CITY:<capital as ar.json spells it>
    ("reverse-question", "{} عاصمة اي دولة", [("نيروبي", "CITY:نيروبي"), ("كيتو", "CITY:كيتو"), ("باماكو", "CITY:باماكو")]),
    ("reverse-question", "وش الدولة اللي عاصمتها {}", [("كانبرا", "CITY:كانبرا"), ("هلسنكي", "CITY:هلسنكي"), ("بيونغ يانغ", "CITY:بيونغ يانغ")]),
    ("reverse-question", "مدينة {} عاصمة ايش", [("ليما", "CITY:ليما"), ("تبليسي", "CITY:تبليسي"), ("دكار", "CITY:داكار")]),
    ("reverse-question", "اي بلد عاصمته {}", [("كاتماندو", "CITY:كاتماندو"), ("سانت جونز", "CITY:سانت جونز")]),
    ("reverse-question", "{} تكون عاصمة وين", [("فيكتوريا", "CITY:فيكتوريا"), ("مسقط", "CITY:مسقط")]),
    # --- quiz-context: the question said with why it is asked
    ("quiz-context", "عندي اختبار جغرافيا بكرة وش عاصمة {}", [("قبرص", "CY"), ("ليسوتو", "LS"), ("اوكرانيا", "UA")]),
    ("quiz-context", "ولدي يسالني عن عاصمة {} وانا ناسية", [("سورينام", "SR"), ("بروناي", "BN"), ("باكستان", "PK")]),
    # --- out-of-domain
    ("out-of-domain", "وش الجو بكرة في الرياض", "FB"),
    ("out-of-domain", "كم عدد سكان الصين", "FB"),
    ("out-of-domain", "وش عملة اليابان", "FB"),
    ("out-of-domain", "كم الساعة الحين في لندن", "FB"),
    ("out-of-domain", "شغلي اغنية محمد عبده", "FB"),
    ("out-of-domain", "وش اكبر مدينة في تركيا", "FB"),
    ("out-of-domain", "ما هي اللغة الرسمية في البرازيل", "FB"),
    ("out-of-domain", "كم تبعد جدة عن مكة", "FB"),
    ("out-of-domain", "من هو رئيس فرنسا", "FB"),
    ("out-of-domain", "وش علم كندا", "FB"),
    ("out-of-domain", "اطفي نور الصالة", "FB"),
    ("out-of-domain", "ذكريني بصلاة العصر", "FB"),
    ("out-of-domain", "احكي لي نكتة", "FB"),
    ("out-of-domain", "كم مساحة روسيا", "FB"),
    ("out-of-domain", "وش اطول نهر في العالم", "FB"),
    ("out-of-domain", "وين تقع جزر المالديف", "FB"),
    ("out-of-domain", "كم سعر الدولار اليوم", "FB"),
    ("out-of-domain", "ابي حجز طيران الى القاهرة", "FB"),
    ("out-of-domain", "افضل مطاعم في العاصمة", "FB"),
    ("out-of-domain", "وش نتيجة مباراة الهلال", "FB"),
    ("out-of-domain", "كم عمرك يا اليكسا", "FB"),
    ("out-of-domain", "وش معنى كلمة عاصمة", "FB"),
    ("out-of-domain", "كم عدد دول افريقيا", "FB"),
    ("out-of-domain", "شغلي اذاعة القران الكريم", "FB"),
    ("out-of-domain", "وش اقرب صيدلية مفتوحة", "FB"),
    ("out-of-domain", "متى يبدا رمضان السنة الجاية", "FB"),
    ("out-of-domain", "ما هو راس مال الشركة", "FB"),
    ("out-of-domain", "كيف اكتب سيرة ذاتية", "FB"),
    ("out-of-domain", "وش الفرق بين المدينة والقرية", "FB"),
    ("out-of-domain", "ترجمي كلمة عاصمة بالانجليزي", "FB"),
    ("out-of-domain", "اضبطي منبه الساعة ستة", "FB"),
    ("out-of-domain", "وش اعلى جبل في السعودية", "FB"),
    ("out-of-domain", "كم عدد الولايات في امريكا", "FB"),
    ("out-of-domain", "مين اول ملك للسعودية", "FB"),
    ("out-of-domain", "اطلبي لي بيتزا", "FB"),
    ("out-of-domain", "وش لون علم اليابان", "FB"),
    ("out-of-domain", "زحمة الطريق في العاصمة الحين", "FB"),
    ("out-of-domain", "كم درجة الحرارة في دبي", "FB"),
    ("out-of-domain", "شو في اخبار اليوم", "FB"),
    ("out-of-domain", "ما هي عاصمة الثقافة العربية هذه السنة", "FB"),
    ("out-of-domain", "وين القى محل جوالات", "FB"),
    ("out-of-domain", "ايش احسن جامعة في العالم", "FB"),
    ("out-of-domain", "غني لي اغنية عيد ميلاد", "FB"),
    ("out-of-domain", "وش يعني راس المال العامل", "FB"),
    ("out-of-domain", "كم عدد سكان العاصمة الرياض", "FB"),
    ("out-of-domain", "ما هي اكبر قارة في العالم", "FB"),
    ("out-of-domain", "من فاز بكاس العالم الماضي", "FB"),
    ("out-of-domain", "اقرا لي سورة الملك", "FB"),
    ("out-of-domain", "وش تحبين تاكلين", "FB"),
    ("out-of-domain", "كم كيلو من الرياض للدمام", "FB"),
    ("out-of-domain", "شغلي مسلسل على نتفليكس", "FB"),
    ("out-of-domain", "ما عاصمة الموضة في العالم", "FB"),
    ("out-of-domain", "ايش اسم عاصمة الضباب", "FB"),
    ("out-of-domain", "احسبي خمسة في سبعة", "FB"),
    ("out-of-domain", "وش الوقت الحين", "FB"),
    ("out-of-domain", "ابغى اسمع بودكاست", "FB"),
    ("out-of-domain", "وش اسم مطار عاصمة ماليزيا", "FB"),
    ("out-of-domain", "وش اشهر اكلة في المغرب", "FB"),
    ("out-of-domain", "كم ساعة طيران من جدة الى اسطنبول", "FB"),
    ("out-of-domain", "مين اللي بنى مدينة بغداد", "FB"),
    ("out-of-domain", "متى تاسست دولة الامارات", "FB"),
    ("out-of-domain", "ايش ارخص وقت للسفر لماليزيا", "FB"),
    ("out-of-domain", "هل احتاج فيزا لجورجيا", "FB"),
    ("out-of-domain", "وش اسم عملة جنوب افريقيا", "FB"),
    ("out-of-domain", "كم عدد المحافظات في مصر", "FB"),
    # --- help
    ("help", "كيف استخدم هذي المهارة", "HELP"),
    ("help", "وش اقدر اسالك فيه", "HELP"),
    ("help", "ما فهمت وش اسوي", "HELP"),
    ("help", "ساعديني كيف اسال عن العواصم", "HELP"),
    ("help", "وش الاوامر اللي تفهمينها", "HELP"),
    ("help", "احتاج مساعدة في التطبيق", "HELP"),
    ("help", "اشرحي لي كيف تشتغلين", "HELP"),
    ("help", "ايش المفروض اقول", "HELP"),
    ("help", "علميني طريقة استعمال المهارة", "HELP"),
    ("help", "شو بقدر اسال", "HELP"),
    ("help", "اعطيني امثلة على الاسئلة", "HELP"),
    ("help", "كيف يشتغل هذا البرنامج", "HELP"),
    # --- stop
    ("stop", "خلاص اقفلي المهارة", "STOP"),
    ("stop", "يكفي كذا مع السلامة", "STOP"),
    ("stop", "سكري التطبيق", "STOP"),
    ("stop", "بس خلاص ما ابي شي", "STOP"),
    ("stop", "اطلعي من المهارة", "STOP"),
    ("stop", "وقفي خلاص شكرا", "STOP"),
    ("stop", "انهي المهارة الحين", "STOP"),
    ("stop", "اسكتي يا اليكسا", "STOP"),
    ("stop", "خروج من العواصم", "STOP"),
    ("stop", "اوقفي اللعبة", "STOP"),
    ("stop", "يلا باي", "STOP"),
    ("stop", "كفاية خلاص اقفلي", "STOP"),
    # --- cancel
    ("cancel", "الغي السؤال", "CANCEL"),
    ("cancel", "لا خلاص الغيه", "CANCEL"),
    ("cancel", "كنسلي الطلب", "CANCEL"),
    ("cancel", "تجاهلي اللي قلته", "CANCEL"),
    ("cancel", "الغاء الامر", "CANCEL"),
    ("cancel", "لا لا الغي", "CANCEL"),
    ("cancel", "انسي السؤال", "CANCEL"),
    ("cancel", "ما ابيه الغيه", "CANCEL"),
    ("cancel", "بطلت الغي", "CANCEL"),
    ("cancel", "الغي الطلب الاخير", "CANCEL"),
    ("cancel", "شيلي هذا الطلب", "CANCEL"),
    ("cancel", "ارجعي الغي", "CANCEL"),
    # --- launch
    ("launch", "افتحي عواصم العالم", "LAUNCH"),
    ("launch", "شغلي مهارة عواصم العالم", "LAUNCH"),
    ("launch", "ابدئي عواصم العالم", "LAUNCH"),
    ("launch", "اليكسا افتحي لعبة عواصم العالم", "LAUNCH"),
    ("launch", "ابي عواصم العالم", "LAUNCH"),
    ("launch", "شغلي عواصم العالم لو سمحتي", "LAUNCH"),
    ("launch", "افتح مهارة عواصم العالم", "LAUNCH"),
    ("launch", "يلا نلعب عواصم العالم", "LAUNCH"),
]


SCRIPT = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")
def fill(frame, name):
    parts = name.split("|")
    if frame.count("{}") != len(parts):
        fail(f"{frame!r} has {frame.count('{}')} slots, {name!r} fills {len(parts)}")
    return frame.format(*parts)


def written_lines():
    """Every (utterance, locale, expected, family) F writes, checked; exits naming the first problem."""
    by_capital = places_by_capital(LANGUAGE)
    known = {place["id"] for place in capitals_data()["countries"]}
    uses = Counter()
    lines = []
    for family, frame, fills in F:
        pairs = [(fill(frame, name), value) for name, value in fills] if isinstance(fills, list) else [(frame, fills)]
        uses[frame] += len(pairs)
        if uses[frame] > 3:
            fail(f"frame {frame!r} used more than three times")
        for utterance, value in pairs:
            expected = expected_of(value, by_capital)
            if not SCRIPT.match(utterance):
                fail(f"not Arabic letters and single spaces: {utterance!r}")
            if not expected.startswith(("AMAZON.", "LaunchRequest")):
                problem = ids_problem(expected, known)
                if problem:
                    fail(f"{utterance}: {problem}")
            lines.append((utterance, LOCALE, expected, family))
    return lines


def main():
    check = check_requested(sys.argv, BUILDER)
    written = written_lines()
    kept, dropped_earlier, dropped_repeat = keep_new(written, earlier_pairs(LANGUAGE, range(2, 9)))
    halves = split_halves(kept, SEED)
    generated_by = f"# Generated by {BUILDER} (seed {SEED}); do not edit by hand"
    texts = render_halves(halves, generated_by)
    if not check:
        families = Counter(line[3] for line in kept)
        print(f"written {len(written)}, dropped as in rounds 1-8 {sum(dropped_earlier.values())}, "
              f"repeats {sum(dropped_repeat.values())}, kept {len(kept)}, halves {len(halves[0])} + {len(halves[1])}")
        print("dropped per family:", ", ".join(f"{f} {n}" for f, n in dropped_earlier.most_common()))
        print("kept per family:", ", ".join(f"{f} {n}" for f, n in families.most_common()))
    write_or_check(texts, Path(__file__).resolve().parent.parent, check, BUILDER)


if __name__ == "__main__":
    main()

