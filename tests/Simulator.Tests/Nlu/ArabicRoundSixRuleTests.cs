using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families round 6 added (interactionModel/README.md, Arabic, *Round 6*), as lexicon data on the
/// generated ar-SA model: "if possible" as a filler, "or I mean" as a repair, the feminine requests حددي and عرفيني,
/// "is counted as / becomes" (تعد, تعتبر, تصير) as the copula, "no need" as cancel and "how do I ask" as help.</summary>
public class ArabicRoundSixRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("لو ممكن عاصمة تونس", "TN", Description = "if possible, before the place")]
    [TestCase("وش عاصمة النمسا او قصدي سويسرا", "CH", Description = "or I mean: the corrected place")]
    [TestCase("حددي لي عاصمة البيرو", "PE", Description = "feminine حددي (name for me)")]
    [TestCase("عرفيني على عاصمة اليونان", "GR", Description = "feminine عرفيني على (tell me about)")]
    [TestCase("ما هي المدينة التي تعتبر عاصمة المغرب", "MA", Description = "the city counted as the capital")]
    [TestCase("عاصمة الاردن وش تصير", "JO", Description = "the Gulf copula تصير after the place")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id));
        });
    }

    [TestCase("ماله داعي", "AMAZON.CancelIntent")]
    [TestCase("لا مو لازم", "AMAZON.CancelIntent")]
    [TestCase("كيف أسأل عن العواصم", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
}
