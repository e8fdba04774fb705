using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;
/// <summary>The Arabic families of round 39 tuning (interactionModel/README.md, *Round 39 tuning for Arabic (session
/// 41)*), each tried on sentences of our own rather than the corpus lines: a school or quiz context before the question
/// ("في المسابقة الثقافية", "ابي اجاوب المعلمة"), follow-up openers ("اها طيب", "ابي بعد", "واخر سؤال", "ياخ"),
/// remarks after the question ("في البوربوينت", "اللي قبالنا", "اللي يجيبون منها الحلال", "اللي لعبنا معهم الكورة", "اللي
/// فيها المسلسلات", "كذا بدون لف", "عندي ميتنق معاهم", "يقولون بعيدة مره", "اللي في الشمال", "ملكية وادارية قوليهم"), who
/// asks before it ("الزول ده", "الماتش الليلة مع", "زميلي راح", "بلد النفط", "يتهاوشون على"), the learner's "انت يعرف
/// &lt;place&gt; عاصمة كم واحد" and "&lt;city&gt; هذا عاصمة ايش"; help ("شنو بسوي", "ما فاهم حاجة", "انت يعلم انا", "ساعديها"),
/// stop ("هدوء", "انت اسكت"), the launch verb "فكي" and "يا بعد عمري" around a launch; and not-places (regions and peoples
/// the data lacks: "الباسك", "سيناء", "اسكندنافيا", "الشارقة", "الخليج", "الفراعنة") that fall back, with
/// out-of-domain neighbours.</summary>
public class ArabicRoundThirtyNineRuleTests
{
    private const string Locale = "ar-SA";

    [TestCase("اليكسا في المسابقة الثقافية سالونا عن عاصمة فنلندا", "FI")]
    [TestCase("ابي اجاوب المعلمة عاصمة كينيا وش هي", "KE")]
    [TestCase("اها طيب والسويد وشو", "SE")]
    [TestCase("ابي بعد اوهايو", "US-OH")]
    [TestCase("واخر سؤال بلجيكا", "BE")]
    [TestCase("والسنغال شنو ياخ", "SN")]
    [TestCase("عاصمة فيتنام في البوربوينت", "VN")]
    [TestCase("عاصمة اليمن اللي قبالنا وش هي", "YE")]
    [TestCase("وش عاصمة السودان اللي يجيبون منها الحلال", "SD")]
    [TestCase("وش عاصمة اوروغواي اللي لعبنا معهم الكورة", "UY")]
    [TestCase("عاصمة اليابان اللي فيها المسلسلات", "JP")]
    [TestCase("عاصمة ولاية وايومنغ اللي فيها البقر", "US-WY")]
    [TestCase("عاصمة البرازيل كذا بدون لف", "BR")]
    [TestCase("ايش عاصمة السويد عندي ميتنق معاهم", "SE")]
    [TestCase("عاصمة نيوزيلندا يقولون بعيدة مره", "NZ")]
    [TestCase("وش عاصمة ايسلندا اللي في الشمال", "IS")]
    [TestCase("عاصمة بوليفيا لها عاصمتين ملكية وادارية قوليهم", "BO")]
    [TestCase("الماتش الليلة مع الكاميرون شنو عاصمتهم", "CM")]
    [TestCase("زميلي راح فيتنام وش عاصمتها", "VN")]
    [TestCase("العيال يتهاوشون على عاصمة استراليا", "AU")]
    [TestCase("انت يعرف اندونيسيا عاصمة كم واحد", "ID")]
    [TestCase("الحفار جاي من انغولا بلد النفط وش عاصمتها", "AO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("اليكسا شنو بسوي ما فاهم حاجة", "AMAZON.HelpIntent")]
    [TestCase("انت يعلم انا كيف", "AMAZON.HelpIntent")]
    [TestCase("جدتي ما تعرف تستخدمها ساعديها", "AMAZON.HelpIntent")]
    [TestCase("اليكسا هدوء", "AMAZON.StopIntent")]
    [TestCase("انت اسكت", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("اليكسا فكي لعبة عواصم العالم")]
    [TestCase("شغلي عواصم العالم يا بعد عمري")]
    public void The_skill_is_opened(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("عاصمة بلاد الباسك")]
    [TestCase("عاصمة سيناء ايش")]
    [TestCase("وين عاصمة اسكندنافيا")]
    [TestCase("عاصمة الشارقة وش هي")]
    [TestCase("عاصمة الخليج")]
    [TestCase("عاصمة الفراعنة وش كانت")]
    [TestCase("فكي الباب")]
    [TestCase("الماتش الليلة مع الهلال")]
    [TestCase("زميلي راح الدوام")]
    [TestCase("كم سعر برميل النفط في الخليج")]
    [TestCase("كم واحد عندهم في الفريق")]
    [TestCase("اها طيب شكرا")]
    [TestCase("هدوء الليل حلو")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
