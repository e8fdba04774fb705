using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 50 tuning (session 60, TUNER67: the section *Round 50 tuning for Arabic (session
/// 60)*), each tried on sentences of our own rather than the corpus lines: openers of a scene ("ما شاء الله" through a
/// join, "تبارك الله", "ما فيه نت زين", "التحليل ياخذ ربع ساعة", "راهنتك على", "يا شريك", "ماني عارف", pidgin "انا زيارة",
/// "تبي ترسل هدية", "عكس الدور وقولي"), follow-ups after "هذي عرفتها" and "وجارتها الشمالية", endings ("عشان الشحنة",
/// "اللي نسافر لها سياحة", "ذاك", "ممكن"), "كينشاسا الكونغو", "الدستورية والادارية", reverse questions read as CityIntent
/// ("وين تكون X العاصمة", "عاصمة اسمها X لاي دولة"); people and things around a built-in ("اونو", "كابتن", "العميل",
/// "النزيل", "يسال", "برنامج"), help cues ("كيف اشغلك", "كيف اطرح السؤال", "وش عندك من اسئلة", "لا فاهم"), stop cues
/// ("نوقف هنا", "اطلعي منها") and reasons before them ("جاهزة", "خلصنا", "فضى", "نشيل الكراتين", "على من السوم", "روح
/// شغل"), cancel cues ("لا الغي", "لا خلاص الغي", "لا تردين", "غلطت في الاسم", "ما قصدت هذا البلد") and reasons after them
/// ("ابي اسال شي ثاني", "المزاد بدا"), launch wording ("ابي اكلم", "نبدا جولة", "على ما يوصل", "بعد البلوت", "يا
/// جماعة", "العواصم حق العالم"); the Arabian horse as no place; with out-of-domain neighbours that must still fall
/// back.</summary>
public class ArabicRoundFiftyRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا ما شاء الله عاصمة البرتغال وش", "PT")]
    [TestCase("اليكسا تبارك الله عاصمة ماليزيا ما هي", "MY")]
    [TestCase("اليكسا ما فيه نت زين وش عاصمة فيجي", "FJ")]
    [TestCase("اليكسا النت ضعيف عاصمة بوتان ايش", "BT")]
    [TestCase("اليكسا التحليل ياخذ نص ساعة وش عاصمة صربيا", "RS")]
    [TestCase("اليكسا راهنتك على عاصمة البيرو", "PE")]
    [TestCase("اليكسا يا شريك وش عاصمة تشيلي", "CL")]
    [TestCase("اليكسا ماني عارف عاصمة غانا", "GH")]
    [TestCase("اليكسا انا زيارة تركيا الشهر الجاي عاصمة ايش", "TR")]
    [TestCase("اليكسا هذي عرفتها وبلجيكا", "BE")]
    [TestCase("اليكسا وجارتها الشمالية كندا", "CA")]
    [TestCase("اليكسا عكس الدور وقولي عاصمة زامبيا", "ZM")]
    [TestCase("اليكسا عاصمة كنشاسا الكونغو", "CD")]
    [TestCase("اليكسا تفضل قولي عاصمة النمسا عشان الشحنة", "AT")]
    [TestCase("اليكسا عاصمة اليابان اللي نسافر لها سياحة", "JP")]
    [TestCase("اليكسا يبي يرسل هدية لاخوه في السويد العاصمة وش", "SE")]
    [TestCase("اليكسا عاصمة توغو ذاك وش", "TG")]
    [TestCase("اليكسا العاصمة الدستورية والادارية لبوليفيا", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا وين تكون الرياض العاصمة", "CityIntent")]
    [TestCase("اليكسا وين تقع نيروبي العاصمة", "CityIntent")]
    [TestCase("اليكسا عاصمة اسمها ليما لاي دولة", "CityIntent")]
    [TestCase("اليكسا كيف اشغلها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا الزبون يسال كيف يستخدم عواصم العالم", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اطرح السؤال", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ايش عندك من اسئلة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا انا لا فاهم كيف استخدم", "AMAZON.HelpIntent")]
    [TestCase("اليكسا انا لا فاهم هذا برنامج", "AMAZON.HelpIntent")]
    [TestCase("اليكسا نوقف هنا", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص اطلعي منها", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلصنا اقفلي", "AMAZON.StopIntent")]
    [TestCase("اليكسا الملعب فضى خلاص سكري", "AMAZON.StopIntent")]
    [TestCase("اليكسا انا روح شغل خلاص", "AMAZON.StopIntent")]
    [TestCase("اليكسا وقفي المزاد بدا", "AMAZON.StopIntent")]
    [TestCase("اليكسا لا لا الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا لا تردين الغيه", "AMAZON.CancelIntent")]
    [TestCase("اليكسا غلطت في الاسم الغي", "AMAZON.CancelIntent")]
    [TestCase("اليكسا ما قصدت هذا البلد الغيه", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي ابغى اسال شي ثاني", "AMAZON.CancelIntent")]
    [TestCase("اليكسا لا خلاص الغي بدا المزاد", "AMAZON.CancelIntent")]
    [TestCase("اليكسا يا كابتن الغي السؤال", "AMAZON.CancelIntent")]
    [TestCase("اليكسا اونو الغي", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا ابغى اكلم عواصم العالم")]
    [TestCase("اليكسا نبدا جولة عواصم العالم")]
    [TestCase("اليكسا لين يوصل افتحي عواصم العالم")]
    [TestCase("اليكسا بعد البلوت شغلي عواصم العالم")]
    [TestCase("اليكسا شغلي العواصم حق العالم")]
    [TestCase("اليكسا افتحي عواصم العالم يا جماعة")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا ما شاء الله")]
    [TestCase("اليكسا ما شاء الله عليك")]
    [TestCase("اليكسا النت ضعيف")]
    [TestCase("اليكسا التحليل ياخذ ربع ساعة")]
    [TestCase("اليكسا راهنتك على مية ريال")]
    [TestCase("اليكسا ماني عارف وش اطبخ")]
    [TestCase("اليكسا هذي عرفتها")]
    [TestCase("اليكسا وش عاصمة الخيل")]
    [TestCase("اليكسا وش عاصمة الخيول العربية في العالم")]
    [TestCase("اليكسا كيف اشغل المكيف")]
    [TestCase("اليكسا كيف اطرح السؤال على المدير")]
    [TestCase("اليكسا نوقف هنا ولا نكمل للمطعم")]
    [TestCase("اليكسا الاكل جاهز")]
    [TestCase("اليكسا خلصنا الواجب")]
    [TestCase("اليكسا لا ترد على الجوال")]
    [TestCase("اليكسا لا الغي الحجز")]
    [TestCase("اليكسا غلطت بالاسم حق الملف")]
    [TestCase("اليكسا ابي اكلم امي")]
    [TestCase("اليكسا نبدا جولة في السوق")]
    [TestCase("اليكسا على ما يوصل زوجي شغلي الفرن")]
    [TestCase("اليكسا بعد البلوت نتعشى")]
    [TestCase("اليكسا عكس الدور")]
    [TestCase("اليكسا انا زيارة الطبيب بكرة")]
    [TestCase("اليكسا وجارتها الجنوبية وش فيها")]
    [TestCase("اليكسا وين تقع الصيدلية")]
    [TestCase("اليكسا وين تكون الحفلة")]
    [TestCase("اليكسا وين تكون المدرسة العاصمة")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
