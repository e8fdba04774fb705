using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 40 tuning (interactionModel/README.md, *Round 40 tuning for Arabic (session
/// 42)*), each tried on sentences of our own rather than the corpus lines: fillers before the question ("يا شيخة", the
/// learner's "انا اريد يعرف", "ابي اكتب في البرنامج", "المعلمة قالت", "رحلة العائلة", "الحجز على", "الطيران المباشر", "الولد
/// نام"), remarks after it ("اللي يسمونها كذا", "كم مرة اسالك", "اللي في اللعبة", "اللي فيها ورد كثير", "في اقصى الشمال",
/// "اذكريهم", "تبدا من العاصمة وش اسمها", "ينزل في العاصمة وش اسمها", "ناقص اسم العاصمة"), "عاصمتنا" as a place reference;
/// stop "وقف اللعبة", cancel "ارجع عن الطلب", launch around "للبنت" / "يا شباب" and the skill word "سكيل"; and not-places
/// (emirates and a region the data lacks: "عجمان", "راس الخيمة", "منطقة حائل", the film kingdom "ارندل") that fall back,
/// with out-of-domain neighbours.</summary>
public class ArabicRoundFortyRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("والسويد يا شيخة", "SE")]
    [TestCase("اليكسا انا اريد يعرف عاصمة تركيا", "TR")]
    [TestCase("ابي اكتب في البرنامج عاصمة كازاخستان وش هي", "KZ")]
    [TestCase("اليكسا وش عاصمة اليابان اللي يسمونها كذا", "JP")]
    [TestCase("اليكسا عاصمة كندا كم مرة اسالك", "CA")]
    [TestCase("وش عاصمة كوبا اللي في اللعبة", "CU")]
    [TestCase("اليكسا نحن من تونس فما هي عاصمتنا", "TN")]
    [TestCase("اليكسا المعلمة قالت البرازيل عندها عاصمتين اذكريهم", "BR")]
    [TestCase("اليكسا رحلة العائلة لليابان تبدا من العاصمة وش اسمها", "JP")]
    [TestCase("اليكسا الطيران المباشر للكويت ينزل في العاصمة وش اسمها", "KW")]
    [TestCase("اليكسا الحجز على تركيا ناقص اسم العاصمة", "TR")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا وقف اللعبة", "AMAZON.StopIntent")]
    [TestCase("اليكسا ارجع عن الطلب", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا شغلي عواصم العالم للبنت")]
    [TestCase("اليكسا افتحي سكيل عواصم العالم")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("اليكسا وش عاصمة راس الخيمة")]
    [TestCase("عاصمة عجمان وش هي")]
    [TestCase("وش عاصمة منطقة حائل")]
    [TestCase("عاصمة مملكة ارندل")]
    [TestCase("اليكسا الحجز على الفندق ناقص اسم الغرفة")]
    [TestCase("اليكسا رحلة العائلة بكرة الساعة كم")]
    [TestCase("اليكسا الطيران المباشر لدبي كم ساعة")]
    [TestCase("اليكسا يا شيخة كم الساعة")]
    [TestCase("اليكسا وقفي الموسيقى يا شيخة")]
    [TestCase("اليكسا انا اريد يعرف الطقس")]
    [TestCase("اليكسا افتحي سكيل الطقس")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
