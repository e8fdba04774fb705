"""Round-10 Arabic (ar-SA) evaluation corpus, written blind: what people in Saudi Arabia (and some from elsewhere in the
Arab world) say to an Echo set to Arabic, as ASR writes it. F holds (family, frame or whole sentence, fills or expected):
a frame has `{}` slots and fills separated by `;`, each fill `name|…|expected` (one name per slot, the expected value
last); a whole sentence has its expected value (place ids, CITY:<capital as ar.json spells it>, FB, HELP, STOP,
CANCEL, LAUNCH). Each frame is used at most three times. Run with --check to compare the committed halves."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
import corpus_rounds as cr  # noqa: E402
from split_halves import split_halves  # noqa: E402

LOCALE = "ar-SA"
SEED = "round10-20261201-ar"
BUILDER = "tests/Eval/ar/round10/source/build_corpus.py"
OUT = Path(__file__).resolve().parents[1]
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")
MAX_PER_FRAME = 3


def fold(name):
    """A capital's name as this builder compares it: hamza seats, alef maqsura, taa marbuta and shadda folded."""
    name = re.sub("[أإآ]", "ا", name).replace("ى", "ي").replace("ة", "ه").replace("ّ", "")
    return name.replace("ؤ", "و").replace("ئ", "ي")


F = [
    # --- direct-question: Modern Standard and everyday "what is the capital" ---
    ("direct-question", "ما هي عاصمة دولة {}", "انغولا|AO;قرغيزستان|KG;الاكوادور|EC"),
    ("direct-question", "عاصمة {} ايش هي", "بوتسوانا|BW;مولدوفا|MD;نيكاراغوا|NI"),
    ("direct-question", "وش اسم عاصمة {}", "طاجيكستان|TJ;سورينام|SR;ملاوي|MW"),
    ("direct-question", "ما عاصمة {} من فضلك", "ليتوانيا|LT;هندوراس|HN"),
    ("direct-question", "اي مدينة هي عاصمة {}", "نيبال|NP;توغو|TG;باراغواي|PY"),
    ("direct-question", "ايش عاصمتها {}", "غانا|GH;كوبا|CU"),
    ("direct-question", "عاصمة {} وش هي بالضبط", "تركمانستان|TM;ليبيريا|LR"),
    # --- polite-request ---
    ("polite-request", "لو سمحتي يا اليكسا وش عاصمة {}", "اذربيجان|AZ;كرواتيا|HR;زامبيا|ZM"),
    ("polite-request", "ممكن تعطيني عاصمة {} الله يسعدك", "الغابون|GA;ليختنشتاين|LI;السلفادور|SV"),
    ("polite-request", "من فضلك ابي اسم عاصمة {}", "منغوليا|MN;لاتفيا|LV"),
    ("polite-request", "الله يخليك قولي عاصمة {}", "بوروندي|BI;ناميبيا|NA;الجبل الاسود|ME"),
    ("polite-request", "اذا ما عليك امر وش عاصمة {}", "الفلبين|PH;استونيا|EE"),
    ("polite-request", "يا ليت تقولين لي عاصمة {}", "توفالو|TV;مالطا|MT"),
    # --- imperative ---
    ("imperative", "اعطيني عاصمة {} بسرعة", "فنلندا|FI;جامايكا|JM;اوغندا|UG"),
    ("imperative", "قولي لي وش عاصمة {}", "سلوفينيا|SI;الصومال|SO"),
    ("imperative", "اذكري عاصمة {}", "بيلاروسيا|BY;تشاد|TD;فيجي|FJ"),
    ("imperative", "علميني عاصمة {}", "البرتغال|PT;اندونيسيا|ID"),
    ("imperative", "جيبي لي عاصمة {}", "مدغشقر|MG;الدنمارك|DK"),
    # --- do-you-know ---
    ("do-you-know", "تعرفين وش عاصمة {}", "بليز|BZ;سيراليون|SL;بروناي|BN"),
    ("do-you-know", "هل تعرفين ما هي عاصمة {}", "موريشيوس|MU;كيريباتي|KI"),
    ("do-you-know", "عندك فكرة وش عاصمة {}", "جزر سليمان|SB;بوتان|BT;غيانا|GY"),
    ("do-you-know", "تدرين عاصمة {} وش هي", "اوزبكستان|UZ;الاوروغواي|UY"),
    ("do-you-know", "انتي عارفة عاصمة {}", "ساموا|WS;فانواتو|VU"),
    # --- leading-filler ---
    ("leading-filler", "طيب اليكسا عاصمة {} وش هي", "اليونان|GR;النرويج|NO;كينيا|KE"),
    ("leading-filler", "اه يعني وش عاصمة {}", "هايتي|HT;السنغال|SN"),
    ("leading-filler", "امم خليني اشوف عاصمة {}", "باربادوس|BB;مالي|ML"),
    ("leading-filler", "والله نسيت وش عاصمة {}", "رومانيا|RO;كولومبيا|CO;موزمبيق|MZ"),
    ("leading-filler", "اسمعي يا اليكسا عاصمة {} ايش", "تونغا|TO;ناورو|NR"),
    # --- trailing-words ---
    ("trailing-words", "عاصمة {} لو سمحتي", "ايسلندا|IS;تيمور الشرقية|TL;سيشل|SC"),
    ("trailing-words", "وش عاصمة {} يا حلوة", "تنزانيا|TZ;غرينادا|GD"),
    ("trailing-words", "ابي عاصمة {} وبس", "جيبوتي|DJ;باكستان|PK"),
    ("trailing-words", "ايش عاصمة {} تكفين ضروري", "الكويت|KW;النيجر|NE;قبرص|CY"),
    ("trailing-words", "عاصمة {} وش هي يعني", "سانت لوسيا|LC;ميكرونيزيا|FM"),
    # --- bare-name ---
    ("bare-name", "عاصمه {}", "نيجيريا|NG;بولندا|PL;كمبوديا|KH"),
    ("bare-name", "{} العاصمة", "اوكرانيا|UA;اريتريا|ER;فيتنام|VN"),
    ("bare-name", "{} عاصمتها", "كازاخستان|KZ;لبنان|LB"),
    # --- name-first ---
    ("name-first", "{} وش تكون عاصمتها", "تايلاند|TH;غامبيا|GM;صربيا|RS"),
    ("name-first", "{} عاصمتها ايش", "بنما|PA;الارجنتين|AR"),
    ("name-first", "دولة {} ايش اسم عاصمتها", "موريتانيا|MR;افغانستان|AF;بابوا غينيا الجديدة|PG"),
    ("name-first", "{} كم عاصمة عندها", "سويسرا|CH"),
    # --- want-to-know ---
    ("want-to-know", "ودي اعرف عاصمة {}", "اثيوبيا|ET;المجر|HU;فنزويلا|VE"),
    ("want-to-know", "حاب اعرف وش عاصمة {}", "بنغلاديش|BD;لاوس|LA"),
    ("want-to-know", "ابغى اسال عن عاصمة {}", "رواندا|RW;ساو تومي وبرينسيب|ST"),
    ("want-to-know", "اريد ان اعرف عاصمة {}", "الكاميرون|CM;تشيلي|CL;جزر مارشال|MH"),
    # --- gulf-dialect ---
    ("gulf-dialect", "وش تطلع عاصمة {}", "اليمن|YE;البحرين|BH;قطر|QA"),
    ("gulf-dialect", "ابيك تفيديني وش عاصمة {}", "عمان|OM;العراق|IQ"),
    ("gulf-dialect", "عاصمة {} وشهي", "ايران|IR;الاردن|JO"),
    ("gulf-dialect", "يا اليكسا ابيك تعلميني وش عاصمة {}", "المغرب|MA;تونس|TN;ليبيا|LY"),
    ("gulf-dialect", "ابي اعرف عاصمة {} الحين تكفين", "سوريا|SY;مصر|EG"),
    ("gulf-dialect", "وين تكون عاصمة {}", "السودان|SD;الجزائر|DZ"),
    ("gulf-dialect", "ياخي وش عاصمة {} ذي", "بوركينا فاسو|BF;سانت كيتس ونيفيس|KN"),
    # --- egyptian-levantine ---
    ("egyptian-levantine", "هي عاصمة {} ايه", "البيرو|PE;اليابان|JP;النمسا|AT"),
    ("egyptian-levantine", "قوليلي بقى عاصمة {} ايه", "الهند|IN;الصين|CN"),
    ("egyptian-levantine", "شو هي عاصمة {}", "تركيا|TR;البرازيل|BR;كندا|CA"),
    ("egyptian-levantine", "بتعرفي شو عاصمة {}", "روسيا|RU;ايطاليا|IT"),
    ("egyptian-levantine", "عايز اعرف عاصمة {} ايه", "المكسيك|MX;اسبانيا|ES"),
    ("egyptian-levantine", "عاصمة {} شو اسمها", "استراليا|AU;ارمينيا|AM"),
    # --- iraqi-maghrebi: Iraqi and North African question words ---
    ("iraqi-maghrebi", "شنو عاصمة {}", "بلغاريا|BG;البانيا|AL;الدومينيكان|DO"),
    ("iraqi-maghrebi", "شنهي عاصمة {}", "المانيا|DE;بلجيكا|BE"),
    ("iraqi-maghrebi", "واش تعرفي عاصمة {}", "هولندا|NL;السويد|SE"),
    ("iraqi-maghrebi", "اشنو هي عاصمة {}", "فرنسا|FR;ساحل العاج|CI"),
    ("iraqi-maghrebi", "شنو اسم عاصمة {}", "اسرائيل|IL;الكونغو الديمقراطية|CD"),
    # --- quiz-context ---
    ("quiz-context", "بنتي تسالني وش عاصمة {}", "ليسوتو|LS;بالاو|PW"),
    ("quiz-context", "عندنا مسابقة بالبيت وش عاصمة {}", "سنغافورة|SG;كوستاريكا|CR;لوكسمبورغ|LU"),
    ("quiz-context", "المعلمة سالتنا عن عاصمة {} وش هي", "ترينيداد وتوباغو|TT;جزر القمر|KM"),
    ("quiz-context", "احل كلمات متقاطعة وابي عاصمة {}", "مقدونيا الشمالية|MK;سلوفاكيا|SK"),
    # --- everyday-name ---
    ("everyday-name", "وش عاصمة {} الله يعافيك", "امريكا|US;بريطانيا|GB;الامارات|AE"),
    ("everyday-name", "ابي اعرف عاصمة {}", "انجلترا|GB-ENG;كوريا الجنوبيه|KR;هولاندا|NL"),
    ("everyday-name", "عاصمة {} ايش", "السعوديه|SA;التشيك|CZ;ايرلندا|IE"),
    ("everyday-name", "ايش كانت عاصمة {} قبل", "زائير|CD;داهومي|BJ;سيام|TH"),
    ("everyday-name", "عاصمة بلاد {} وش هي", "الحرمين|SA;فارس|IR;الرافدين|IQ"),
    ("everyday-name", "عاصمة {} وش اسمها الحين", "بورما|MM;ساحل العاج|CI"),
    # --- official-name ---
    ("official-name", "ما هي عاصمة {}", "المملكة العربية السعودية|SA;جمهورية مصر العربية|EG;الولايات المتحدة الامريكية|US"),
    ("official-name", "عاصمة {} لو تكرمتي", "المملكة المغربية|MA;دولة الكويت|KW;سلطنة عمان|OM"),
    ("official-name", "وش تكون عاصمة {}", "جمهورية الصين الشعبية|CN;جمهورية كوريا الشعبية الديمقراطية|KP;الجمهورية الاسلامية الايرانية|IR"),
    ("official-name", "اعطيني عاصمة {}", "الجمهورية التونسية|TN;جمهورية العراق|IQ;دولة قطر|QA"),
    ("official-name", "ما عاصمة {}", "الاتحاد الروسي|RU;جمهورية الهند|IN;المملكة الهولندية|NL"),
    ("official-name", "ايش هي عاصمة {}", "جمهورية جنوب افريقيا|ZA;دولة فلسطين|PS;الجمهورية الجزائرية|DZ"),
    # --- letter-variant: spellings as ASR or people give them ---
    ("letter-variant", "وش عاصمه {}", "كوريا الشماليه|KP;نيوزيلاندا|NZ;استراليه|AU"),
    ("letter-variant", "عاصمة {} وش هي", "جواتيمالا|GT;نيكاراجوا|NI;باراجواي|PY"),
    ("letter-variant", "ايش عاصمة {}", "انجولا|AO;الكامرون|CM;سويسره|CH"),
    ("letter-variant", "ابغى عاصمة {}", "ماليزيه|MY;اوغنده|UG;كينيه|KE"),
    ("letter-variant", "ما هي عاصمه {}", "بولنده|PL;فنلنده|FI;الفليبين|PH"),
    # --- territory ---
    ("territory", "وش عاصمة {} يا اليكسا", "جرينلاند|GL;بورتوريكو|PR;جبل طارق|GI"),
    ("territory", "ما هي عاصمة جزر {}", "فارو|FO;كايمان|KY;فوكلاند|FK"),
    ("territory", "عاصمة {} ايش اسمها", "كاليدونيا الجديدة|NC;بولينيزيا الفرنسية|PF;تايوان|TW"),
    ("territory", "ايش عاصمة {} التابعة لفرنسا", "جزيرة ريونيون|RE;مايوت|YT;غوادلوب|GP"),
    ("territory", "ما عاصمة اقليم {}", "الصحراء الغربية|EH;كوسوفو|XK;غويانا الفرنسية|GF"),
    ("territory", "وش عاصمة جزيرة {}", "برمودا|BM;مان|IM;جيرزي|JE"),
    ("territory", "عاصمة {} الهولندية وش هي", "اروبا|AW;كوراساو|CW"),
    # --- subdivision ---
    ("subdivision", "وش عاصمة ولاية {}", "تكساس|US-TX;كاليفورنيا|US-CA;فلوريدا|US-FL"),
    ("subdivision", "ما هي عاصمة ولاية {} الامريكية", "نيويورك|US-NY;الاسكا|US-AK;هاواي|US-HI"),
    ("subdivision", "عاصمة ولاية {} ايش", "ميشيغان|US-MI;اوهايو|US-OH;ايلينوي|US-IL"),
    ("subdivision", "ابي عاصمة ولاية {}", "نيفادا|US-NV;اريزونا|US-AZ;ماساتشوستس|US-MA"),
    ("subdivision", "عاصمة مقاطعة {} الكندية", "اونتاريو|CA-ON;كيبيك|CA-QC;البرتا|CA-AB"),
    ("subdivision", "وش عاصمة ولاية {} في المانيا", "بافاريا|DE-BY;سكسونيا|DE-SN;هيسن|DE-HE"),
    ("subdivision", "ما عاصمة ولاية {} الهندية", "كيرالا|IN-KL;ماهاراشترا|IN-MH;راجستان|IN-RJ"),
    ("subdivision", "عاصمة ولاية {} في استراليا", "فيكتوريا|AU-VIC;تسمانيا|AU-TAS;نيو ساوث ويلز|AU-NSW"),
    ("subdivision", "وش عاصمة {} اللي في بريطانيا", "اسكتلندا|GB-SCT;ويلز|GB-WLS;ايرلندا الشمالية|GB-NIR"),
    ("subdivision", "عاصمة ولاية {} البرازيلية", "باهيا|BR-BA;امازوناس|BR-AM"),
    ("subdivision", "ايش عاصمة ولاية {} المكسيكية", "خاليسكو|MX-JAL;يوكاتان|MX-YUC"),
    ("subdivision", "عاصمة مقاطعة {}", "كولومبيا البريطانية|CA-BC;نوفا سكوشا|CA-NS"),
    ("subdivision", "وش عاصمة ولاية {} الامريكيه", "فرجينيا|US-VA;كولورادو|US-CO;بنسلفانيا|US-PA"),
    # --- shared-name ---
    ("shared-name", "وش عاصمة {}", "جورجيا|GE;كوريا|KP+KR;الكونغو|CD+CG"),
    ("shared-name", "عاصمة {} ايش تكون", "جورجيا الامريكية|US-GA;جزر العذراء|VG+VI;الكوريتين|KP+KR"),
    ("shared-name", "ابي اعرف وش عاصمة {}", "الكونغو برازافيل|CG;الكونغو كينشاسا|CD;دومينيكا والدومينيكان|DM+DO"),
    ("shared-name", "ما عاصمة {} يا اليكسا", "جزر العذراء البريطانية|VG;جزر العذراء الامريكية|VI;غينيا الاستوائية|GQ"),
    ("shared-name", "وش عاصمة دولة {}", "غينيا|GN;دومينيكا|DM;جورجيا اللي جنب تركيا|GE"),
    ("shared-name", "عاصمة ولاية {}", "واشنطن|US-WA;جورجيا|US-GA;نيو مكسيكو|US-NM"),
    ("shared-name", "ما هي عاصمة {} الجنوبية", "جورجيا|GS;كوريا|KR"),
    # --- plural-capitals ---
    ("plural-capitals", "وش عواصم {}", "جنوب افريقيا|ZA;بوليفيا|BO;ماليزيا|MY"),
    ("plural-capitals", "ايش هي عواصم {} الثنتين", "هولندا|NL;بنين|BJ;سريلانكا|LK"),
    ("plural-capitals", "كم عاصمة عند {} وش هي", "جنوب افريقيا|ZA;ساحل العاج|CI;اسواتيني|SZ"),
    ("plural-capitals", "ما هما عاصمتا {}", "بوليفيا|BO;فلسطين|PS;ماليزيا|MY"),
    ("plural-capitals", "عطيني العواصم حقت {}", "بنين|BJ;هولندا|NL;سوازيلاند|SZ"),
    ("plural-capitals", "عاصمتين {} وش هم", "سريلانكا|LK;ساحل العاج|CI;فلسطين|PS"),
    ("plural-capitals", "صحيح ان {} لها اكثر من عاصمة", "جنوب افريقيا|ZA;بوليفيا|BO"),
    ("plural-capitals", "ابغى كل عواصم {}", "مونتسيرات|MS;جامو وكشمير|IN-JK;اوتاراخاند|IN-UK"),
    ("plural-capitals", "العواصم الثلاث حقت {} وش هي", "جنوب افريقيا|ZA"),
    # --- follow-up ---
    ("follow-up", "طيب و{}", "الهند|IN;بوتان|BT;ايران|IR"),
    ("follow-up", "و{} وش عاصمتها", "مالي|ML;الموزمبيق|MZ;تنزانيا|TZ"),
    ("follow-up", "وعن {} ايش", "نيبال|NP;غينيا بيساو|GW"),
    ("follow-up", "طيب ايش عن {}", "الارجنتين|AR;اوكرانيا|UA;جزر البهاما|BS"),
    ("follow-up", "ومثلها {}", "الاكوادور|EC;سانت فينسنت والغرينادين|VC"),
    ("follow-up", "والحين {}", "الفاتيكان|VA;موناكو|MC;سان مارينو|SM"),
    ("follow-up", "زين و{} حقتها", "اندورا|AD;الدومينيكان|DO"),
    # --- yes-no-check: the city named is a big city, never the capital ---
    ("yes-no-check", "هل عاصمة {} هي {}", "تركيا|اسطنبول|TR;البرازيل|ساو باولو|BR;استراليا|سيدني|AU"),
    ("yes-no-check", "صح عاصمة {} {}", "كندا|تورنتو|CA;نيجيريا|لاغوس|NG;المغرب|الدار البيضاء|MA"),
    ("yes-no-check", "عاصمة {} مو {} صح", "باكستان|كراتشي|PK;فيتنام|هوشي منه|VN;الامارات|دبي|AE"),
    ("yes-no-check", "اظن عاصمة {} هي {} ولا لا", "سويسرا|جنيف|CH;نيوزيلندا|اوكلاند|NZ;تنزانيا|دار السلام|TZ"),
    ("yes-no-check", "هل {} عاصمة {}", "بومباي|الهند|IN;شنغهاي|الصين|CN;ميلانو|ايطاليا|IT"),
    ("yes-no-check", "{} هي عاصمة {} ولا غلطانة", "الاسكندرية|مصر|EG;حلب|سوريا|SY"),
    # --- self-correction: the place said last ---
    ("self-correction", "وش عاصمة {} لا قصدي {}", "النمسا|استراليا|AU;سلوفينيا|سلوفاكيا|SK;ايران|العراق|IQ"),
    ("self-correction", "عاصمة {} اوه لا {}", "السويد|سويسرا|CH;النيجر|نيجيريا|NG;غينيا|غيانا|GY"),
    ("self-correction", "ابي عاصمة {} لا غلطت {}", "ليبيا|ليبيريا|LR;مالي|ملاوي|MW"),
    ("self-correction", "ايش عاصمة {} عفوا اقصد {}", "كولومبيا|كمبوديا|KH;بوليفيا|بلغاريا|BG;اليونان|اليابان|JP"),
    ("self-correction", "عاصمة {} لا لا {} اسف", "لاتفيا|ليتوانيا|LT;رومانيا|روسيا|RU"),
    # --- reverse-question ---
    ("reverse-question", "{} عاصمة اي دولة", "مسقط|CITY:مسقط;بشكيك|CITY:بشكيك;نيامي|CITY:نيامي"),
    ("reverse-question", "مدينة {} عاصمة وين", "كينغستون|CITY:كينغستون;فيكتوريا|CITY:فيكتوريا;داكار|CITY:داكار"),
    ("reverse-question", "{} عاصمة ايش", "مونروفيا|CITY:مونروفيا;سانت جونز|CITY:سانت جونز"),
    ("reverse-question", "وش الدولة اللي عاصمتها {}", "ليما|CITY:ليما;هراري|CITY:هراري;ويندهوك|CITY:ويندهوك"),
    ("reverse-question", "{} تكون عاصمة اي بلد", "طشقند|CITY:طشقند;فيلنيوس|CITY:فيلنيوس"),
    # --- added: the prefix ل written onto the name, more dialect, more plural and places ---
    ("direct-question", "ما هي العاصمة الحالية {}", "لميانمار|MM;للبوسنة والهرسك|BA;لجنوب السودان|SS"),
    ("gulf-dialect", "عاصمة {} وش اسمها يا بعد حيي", "جزر المالديف|MV;افريقيا الوسطى|CF;الراس الاخضر|CV"),
    ("egyptian-levantine", "يا ريت تقوليلي عاصمة {}", "ميانمار|MM;البوسنة|BA;كاب فيردي|CV"),
    ("plural-capitals", "ماليزيا عندها عاصمتين وش هم", "MY"),
    ("plural-capitals", "وش العاصمتين حقت ماليزيا", "MY"),
    ("plural-capitals", "اذكري عواصم {} كلها", "ماليزيا|MY;بنين|BJ;سريلانكا|LK"),
    ("territory", "عاصمة {} البريطانية", "جزر تركس وكايكوس|TC;انغويلا|AI;سانت هيلينا|SH"),
    ("subdivision", "ولاية {} عاصمتها ايش", "تينيسي|US-TN;لويزيانا|US-LA;اوريغون|US-OR"),
    # --- out-of-domain ---
    ("out-of-domain", "وش درجة الحرارة في الرياض اليوم", "FB"),
    ("out-of-domain", "وش العملة في اليابان", "FB"),
    ("out-of-domain", "كم يبعد القمر عن الارض", "FB"),
    ("out-of-domain", "ذكريني بموعد الدكتور بكرة", "FB"),
    ("out-of-domain", "مين فاز في مباراة الهلال", "FB"),
    ("out-of-domain", "وش اعلى جبل في افريقيا", "FB"),
    ("out-of-domain", "كيف احجز رحلة للقاهرة", "FB"),
    ("out-of-domain", "وش افضل مطعم في جدة", "FB"),
    ("out-of-domain", "ترجمي كلمة مدينة بالانجليزي", "FB"),
    ("out-of-domain", "متى تاسست مدينة الرياض", "FB"),
    ("out-of-domain", "كم عدد الدول في العالم", "FB"),
    ("out-of-domain", "وش العاصمة الاقتصادية للعالم", "FB"),
    ("out-of-domain", "ليش سموها عاصمة", "FB"),
    ("out-of-domain", "كم دولة في قارة افريقيا", "FB"),
    ("out-of-domain", "شغلي المنبه الساعة خمس", "FB"),
    ("out-of-domain", "وش يعني كلمة عاصمة", "FB"),
    ("out-of-domain", "مين اكبر دولة عربية", "FB"),
    ("out-of-domain", "كم ساعة الطيران من الرياض الى باريس", "FB"),
    ("out-of-domain", "قولي لي قصة قبل النوم", "FB"),
    ("out-of-domain", "وش احسن فريق في الدوري", "FB"),
    ("out-of-domain", "كيف الجو في ابها", "FB"),
    ("out-of-domain", "عاصمة الثقافة العربية لهذي السنة", "FB"),
    ("out-of-domain", "وين اقرب محطة بنزين", "FB"),
    ("out-of-domain", "حطي مؤقت عشر دقايق", "FB"),
    ("out-of-domain", "وش النشيد الوطني السعودي", "FB"),
    ("out-of-domain", "مين مخترع الكهرباء", "FB"),
    ("out-of-domain", "العب معي لعبة ثانية", "FB"),
    ("out-of-domain", "كم درجة الحرارة في عاصمة فرنسا", "FB"),
    ("out-of-domain", "وش اسم عاصمة المريخ", "FB"),
    ("out-of-domain", "بلا هالسوالف شغلي راديو", "FB"),
    ("out-of-domain", "كم كيلو بين مكة والمدينة", "FB"),
    ("out-of-domain", "مين يحكم بريطانيا الحين", "FB"),
    ("out-of-domain", "وش احسن وقت لزيارة تركيا", "FB"),
    ("out-of-domain", "احجزي لي فندق في دبي", "FB"),
    ("out-of-domain", "وش الفرق بين الدولة والعاصمة", "FB"),
    ("out-of-domain", "عطيني معلومة عشوائية", "FB"),
    ("out-of-domain", "وش اكبر مدينة في الصين", "FB"),
    ("out-of-domain", "شغلي قناة العربية", "FB"),
    ("out-of-domain", "وين انا الحين", "FB"),
    ("out-of-domain", "ابي اطلب بيتزا", "FB"),
    ("out-of-domain", "مين غنى اغنية الاماكن", "FB"),
    ("out-of-domain", "كيف اقول شكرا باليابانية", "FB"),
    ("out-of-domain", "علميني جدول الضرب", "FB"),
    ("out-of-domain", "وش اكبر محيط", "FB"),
    ("out-of-domain", "كم تبعد جدة عن الطايف", "FB"),
    ("out-of-domain", "وش هي عاصمة القلوب", "FB"),
    ("out-of-domain", "سجلي ملاحظة", "FB"),
    ("out-of-domain", "مين انتي", "FB"),
    ("out-of-domain", "وش معنى اسم بغداد", "FB"),
    # --- help ---
    ("help", "كيف استخدم العواصم", "HELP"),
    ("help", "اشرحي لي كيف اسال", "HELP"),
    ("help", "مساعدة لو سمحتي", "HELP"),
    ("help", "انا ضايع وش المفروض اقول", "HELP"),
    ("help", "عطيني امثلة على الاسئلة", "HELP"),
    ("help", "ممكن تشرحين لي الطريقة", "HELP"),
    ("help", "مساعده", "HELP"),
    ("help", "كيف العب", "HELP"),
    ("help", "وش المطلوب مني", "HELP"),
    ("help", "ما اعرف كيف اسال عن عاصمة", "HELP"),
    ("help", "وش طريقة اللعب", "HELP"),
    ("help", "ابي احد يساعدني", "HELP"),
    ("help", "كيف اسالك عن عاصمة دولة", "HELP"),
    # --- stop ---
    ("stop", "خلاص يا اليكسا", "STOP"),
    ("stop", "قفلي", "STOP"),
    ("stop", "بس خلاص", "STOP"),
    ("stop", "اوقفي التطبيق", "STOP"),
    ("stop", "سكري العواصم", "STOP"),
    ("stop", "كفاية يا اليكسا", "STOP"),
    ("stop", "انهي اللعبة", "STOP"),
    ("stop", "خلاص ما ابي شي", "STOP"),
    ("stop", "تمام شكرا مع السلامة", "STOP"),
    ("stop", "توقفي لو سمحتي", "STOP"),
    ("stop", "يكفي اليوم", "STOP"),
    ("stop", "طلعني من التطبيق", "STOP"),
    ("stop", "خلاص تعبت باي", "STOP"),
    ("stop", "قفلي العواصم", "STOP"),
    ("stop", "خلاص اطلعي من اللعبة", "STOP"),
    # --- cancel ---
    ("cancel", "الغيه", "CANCEL"),
    ("cancel", "تراجعي عن هذا", "CANCEL"),
    ("cancel", "لا ما ابيه الغيه", "CANCEL"),
    ("cancel", "ابي الغي", "CANCEL"),
    ("cancel", "الغي العملية", "CANCEL"),
    ("cancel", "لا تكملين الغيه", "CANCEL"),
    ("cancel", "الغي كل شي", "CANCEL"),
    ("cancel", "الغاء الطلب لو سمحتي", "CANCEL"),
    ("cancel", "لا ما ابي هذا الغاء", "CANCEL"),
    ("cancel", "الغي هذا الامر", "CANCEL"),
    ("cancel", "خلاص الغي السالفة", "CANCEL"),
    ("cancel", "بطلت الغيه", "CANCEL"),
    ("cancel", "لا تجاوبين الغيه", "CANCEL"),
    # --- launch ---
    ("launch", "افتحي تطبيق عواصم العالم", "LAUNCH"),
    ("launch", "تشغيل عواصم العالم", "LAUNCH"),
    ("launch", "فتح عواصم العالم", "LAUNCH"),
    ("launch", "شغلي عواصم العالم الحين", "LAUNCH"),
    ("launch", "افتحي لي عواصم العالم الله يعافيك", "LAUNCH"),
    ("launch", "اليكسا افتحي عواصم العالم", "LAUNCH"),
    ("launch", "شغل عواصم العالم", "LAUNCH"),
    ("launch", "افتحي مهارة عواصم العالم", "LAUNCH"),
]


def lines_of(entries):
    """(utterance, expected as written, family) for every fill of every frame; stops on a frame used too often or a fill
    whose names do not match the frame's slots."""
    uses, out = {}, []
    for family, frame, fills in entries:
        uses[frame] = uses.get(frame, 0) + (len(fills.split(";")) if "{}" in frame else 1)
        if uses[frame] > MAX_PER_FRAME:
            cr.fail(f"frame used more than {MAX_PER_FRAME} times: {frame}")
        if "{}" not in frame:
            out.append((frame, fills, family))
            continue
        for fill in fills.split(";"):
            *names, expected = fill.split("|")
            if len(names) != frame.count("{}"):
                cr.fail(f"{len(names)} names for {frame.count('{}')} slots: {fill}")
            out.append((frame.format(*names), expected, family))
    return out


def main():
    check = cr.check_requested(sys.argv, BUILDER)
    known = {place["id"] for place in cr.capitals_data()["countries"]}
    by_capital = cr.places_by_capital("ar", key=fold)
    corpus = []
    for utterance, written, family in lines_of(F):
        if not ARABIC_ONLY.match(utterance):
            cr.fail(f"not Arabic letters and single spaces: {utterance}")
        expected = cr.expected_of(written, by_capital, key=fold)
        if expected not in cr.INTENT_NAMES:
            problem = cr.ids_problem(expected, known)
            if problem:
                cr.fail(f"{problem} in: {utterance}")
        corpus.append((utterance, LOCALE, expected, family))
    earlier = cr.earlier_pairs("ar", range(2, 10))
    kept, dropped_earlier, dropped_repeat = cr.keep_new(corpus, earlier)
    halves = split_halves(kept, SEED)
    generated_by = f"# Generated by {BUILDER} (seed {SEED}); do not edit by hand"
    cr.write_or_check(cr.render_halves(halves, generated_by), OUT, check, BUILDER)
    if not check:
        families = sorted({line[3] for line in kept})
        print(f"written {len(corpus)}, dropped (rounds 1-9) {sum(dropped_earlier.values())}, repeats "
              f"{sum(dropped_repeat.values())}, kept {len(kept)}, halves {len(halves[0])} + {len(halves[1])}")
        for family in sorted(families, key=lambda f: -sum(1 for line in kept if line[3] == f)):
            counts = [sum(1 for line in half if line[3] == family) for half in halves]
            print(f"  {family}: {sum(counts)} ({counts[0]} + {counts[1]}), dropped {dropped_earlier[family]}"
                  f"{', repeats ' + str(dropped_repeat[family]) if dropped_repeat[family] else ''}")


if __name__ == "__main__":
    main()
