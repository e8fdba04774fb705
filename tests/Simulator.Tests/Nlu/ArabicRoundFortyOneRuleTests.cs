using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 41 tuning (interactionModel/README.md, *Round 41 tuning for Arabic (session
/// 43)*), each tried on sentences of our own rather than the corpus lines: fillers before the question (the Moroccan
/// "الدراري كيسولو على / عن", the Gulf "جذي ولا جذي" / "كذا ولا كذا", follow-up openers "السؤال الثاني", "والدولة
/// الثانية", the footballer's "اللاعب الجديد", "تتبع مين" inside a territory question), sentence endings ("اللي
/// ذكروها في الاخبار", "اللي يطلع منها الشاي", "اللي فيها البطريق", the reverse question's "في افريقيا", the official
/// name's "الديمقراطية الاشتراكية"), joins of official names ("مملكة تونغا", "تيمور الشرقية الديمقراطية"), the repair "يوه
/// (لا)"; help cues ("حتى تفهمين", "وش المطلوب", "اسوي عشان اسال", "كيف اللعبة" through the variant "العبة", "اسال عن
/// دولة"), cancel ("ماكو داعي", "عادي انسي", the filler "ماكو شي"), stop ("هدي شوي", "اوقف اللعبة" with the reason
/// openers "الماتش / المنتخب / المباراة"), launch ("يلا نفتح", "عشان المدرسة"); and not-places ("الورد", "الريف", "بالي",
/// "ديزني", "سوس", "الحيرة") that fall back, with out-of-domain neighbours.</summary>
public class ArabicRoundFortyOneRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("الدراري كيسولو على عاصمة مالي", "ML")]
    [TestCase("اليكسا الدراري كيسولو عن عاصمة البرتغال", "PT")]
    [TestCase("كذا ولا كذا عاصمة كينيا وش هي", "KE")]
    [TestCase("اليكسا جذي ولا جذي عاصمة البحرين شنو", "BH")]
    [TestCase("السؤال الثاني الهند", "IN")]
    [TestCase("والدولة الثانية تشيلي", "CL")]
    [TestCase("اليكسا اللاعب الجديد في النصر من غانا عاصمتها وش", "GH")]
    [TestCase("جزر كايمان تتبع مين وعاصمتها ايش", "KY")]
    [TestCase("اليكسا ما عاصمة السودان اللي ذكروها في الاخبار", "SD")]
    [TestCase("عاصمة الهند اللي يطلع منها الشاي", "IN")]
    [TestCase("عاصمة تشيلي اللي فيها البطريق", "CL")]
    [TestCase("عاصمة جمهورية سريلانكا الديمقراطية الاشتراكية", "LK")]
    [TestCase("اليكسا عاصمة مملكة تونغا وش هي", "TO")]
    [TestCase("عاصمة جمهورية الكونغو الديمقراطية", "CD")]
    [TestCase("عاصمة الكونغو الديمقراطية", "CD")]
    [TestCase("عاصمة البيرو يوه لا الاكوادور", "EC")]
    [TestCase("عاصمة الامارات", "AE")]
    [TestCase("عاصمة جنوب افريقيا", "ZA")]
    [TestCase("عاصمة افريقيا الوسطى", "CF")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا شنو اكول حتى تفهمين", "AMAZON.HelpIntent")]
    [TestCase("اليكسا وش المطلوب مني", "AMAZON.HelpIntent")]
    [TestCase("ايش اسوي عشان اسال عن عاصمة", "AMAZON.HelpIntent")]
    [TestCase("علميني شلون العبة", "AMAZON.HelpIntent")]
    [TestCase("كيف اسال عن دولة", "AMAZON.HelpIntent")]
    [TestCase("اليكسا ماكو داعي خلاص", "AMAZON.CancelIntent")]
    [TestCase("عادي انسي", "AMAZON.CancelIntent")]
    [TestCase("ماكو شي انسي السؤال", "AMAZON.CancelIntent")]
    [TestCase("اليكسا هدي شوي", "AMAZON.StopIntent")]
    [TestCase("اوقف اللعبة الماتش بدا", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا يلا نفتح عواصم العالم")]
    [TestCase("شغلي عواصم العالم عشان المدرسة")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا عاصمة الورد")]
    [TestCase("عاصمة الريف")]
    [TestCase("وش عاصمة بالي")]
    [TestCase("عاصمة ديزني")]
    [TestCase("عاصمة سوس المغربية")]
    [TestCase("الدراري كيسولو على الطقس")]
    [TestCase("اليكسا وش المطلوب في الوصفة")]
    [TestCase("اليكسا المنتخب بدا")]
    [TestCase("اليكسا هدي الموسيقى")]
    [TestCase("اليكسا نفتح الباب")]
    [TestCase("اليكسا عادي الجو اليوم")]
    [TestCase("السؤال الثاني صعب")]
    [TestCase("كم دولة في افريقيا")]
    [TestCase("اكبر دولة في افريقيا")]
    [TestCase("اليكسا ماكو داعي للمطر اليوم")]
    [TestCase("اسال عن دولة قطر الطقس")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
