using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 45 tuning (/work/s51/sections/tune-ar.md, *Round 45 tuning for Arabic (session
/// 51)*), each tried on sentences of our own rather than the corpus lines: Gulf-pidgin wrappers of a capital question
/// ("كم اسم", "ايش كلام", "مافي معلوم ... انت قول"), work and school openers ("البنك المراسل في", "الوكالة الام في",
/// "ابي اخلص المستوى", "نكتب ... على السبورة", "للتقرير", "الطابع مختوم من", "اللي قبالنا"), "ولا لحظة" as a repair;
/// cancel ("كنسل ذات", "الغي هذا"), help ("مافي فهم", "كيف اخليك تعطيني العاصمة", "ابغى اعرف وش تقدرين تسوين") and stop
/// ("ما عندي اسئلة", "ما بدي اسال", "بس يا بنت") phrasings; subjects that open a reason after a stop or a cancel ("الطبخة",
/// "الاجتماع", "المحاضرة", "العميل"); launch verbs and words around the name ("نجرب", "ممكن تشغلين", "يا رفيق", "لجدتي",
/// "في المجلس", "للاختبار", "اللي يخسر يسوي القهوة"); names that are no country ("امارة دبي", "كتالونيا"); with
/// out-of-domain neighbours that must still fall back.</summary>
public class ArabicRoundFortyFiveRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا عاصمة نيبال كم اسم", "NP")]
    [TestCase("اليكسا عاصمة كينيا ايش كلام", "KE")]
    [TestCase("اليكسا مافي معلوم عاصمة كينيا انت قول", "KE")]
    [TestCase("اليكسا البنك المراسل في عاصمة النمسا وش اسمها", "AT")]
    [TestCase("اليكسا الوكالة الام في عاصمة فنلندا وش اسمها", "FI")]
    [TestCase("اليكسا ابي اخلص المستوى عاصمة تشاد بسرعة", "TD")]
    [TestCase("اليكسا المعلمة قالت نكتب عاصمة فرنسا على السبورة", "FR")]
    [TestCase("اليكسا وش عاصمة اليمن للتقرير", "YE")]
    [TestCase("اليكسا وش عاصمة السودان اللي قبالنا", "SD")]
    [TestCase("اليكسا الطابع مختوم من عاصمة النرويج وش اسمها", "NO")]
    [TestCase("اليكسا وش عاصمة النمسا ولا لحظة المجر", "HU")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا كنسل ذات", "AMAZON.CancelIntent")]
    [TestCase("اليكسا الغي الطلب العميل غير رايه", "AMAZON.CancelIntent")]
    [TestCase("اليكسا يا رفيق الغي هذا", "AMAZON.CancelIntent")]
    [TestCase("اليكسا انا مافي فهم", "AMAZON.HelpIntent")]
    [TestCase("اليكسا كيف اخليك تعطيني العاصمة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ابغى اعرف وش تقدرين تسوين", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وقفي اللعبة الطبخة احترقت", "AMAZON.StopIntent")]
    [TestCase("اليكسا ستوب الاجتماع بدا", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص المحاضرة بدت", "AMAZON.StopIntent")]
    [TestCase("اليكسا ما عندي اسئلة", "AMAZON.StopIntent")]
    [TestCase("اليكسا خلاص ما بدي اسال", "AMAZON.StopIntent")]
    [TestCase("اليكسا بس يا بنت", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا يا رفيق شغل عواصم العالم")]
    [TestCase("اليكسا افتحي عواصم العالم لجدتي")]
    [TestCase("اليكسا نبي نجرب عواصم العالم في المجلس")]
    [TestCase("اليكسا ممكن تشغلين عواصم العالم للاختبار")]
    [TestCase("اليكسا افتحي عواصم العالم اللي يخسر يسوي القهوة")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا ستوب الموسيقى")]
    [TestCase("اليكسا الغي الطلب من المطعم")]
    [TestCase("اليكسا الاجتماع الساعة كم")]
    [TestCase("اليكسا وش عاصمة امارة دبي")]
    [TestCase("اليكسا وش عاصمة كتالونيا")]
    [TestCase("اليكسا كم اسم في القائمة")]
    [TestCase("اليكسا ساعد الولد في الواجب")]
    [TestCase("اليكسا افتحي الباب للجدة")]
    [TestCase("اليكسا خلص الخبز")]
    [TestCase("اليكسا انسى الشغل اليوم")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
