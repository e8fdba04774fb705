using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the second pass on the spent round 19 (interactionModel/README.md, *Second pass on
/// spent round 19 for Arabic (session 19)*), each tried on sentences of our own rather than the corpus lines: everyday
/// epithets for countries (أم الدنيا, بلاد الشمس المشرقة, بلاد العم سام, الأراضي المنخفضة, فارس), French country names in
/// Arabic letters with "s'il vous plaît", Iraqi "is there anyone who knows" and "I'm puzzled", and help, stop, cancel and
/// launch wordings; with neighbours that must still fall back.</summary>
public class ArabicRoundTwentyRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("وش عاصمة ام الدنيا", "EG", Description = "Egypt as 'mother of the world'")]
    [TestCase("ايش عاصمة بلاد الشمس المشرقة", "JP", Description = "Japan as 'land of the rising sun'")]
    [TestCase("ما هي عاصمة بلاد العم سام", "US", Description = "the USA as 'Uncle Sam's country'")]
    [TestCase("وش عاصمة الاراضي المنخفضة", "NL", Description = "the Netherlands as 'the low lands'")]
    [TestCase("شو عاصمة فارس", "IR", Description = "Iran as Persia")]
    [TestCase("عاصمة لافرانس سيلفو بلي", "FR", Description = "a French name in Arabic letters, 's'il vous plaît'")]
    [TestCase("اكو احد يعرف عاصمة تونس", "TN", Description = "Iraqi 'is there anyone who knows'")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("ستوب", "AMAZON.StopIntent", Description = "English 'stop' in Arabic script")]
    [TestCase("بسنا", "AMAZON.StopIntent", Description = "Gulf 'enough for us'")]
    [TestCase("كانسل", "AMAZON.CancelIntent", Description = "English 'cancel' spelled with a long a")]
    [TestCase("ما بدي ياه", "AMAZON.CancelIntent", Description = "Levantine 'I don't want it'")]
    [TestCase("شو لازم اقول", "AMAZON.HelpIntent", Description = "'what must I say'")]
    [TestCase("شنو اكدر اسوي", "AMAZON.HelpIntent", Description = "Iraqi 'what can I do'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("كم عدد سكان ام الدنيا")]
    [TestCase("وش الطقس في بلاد العم سام")]
    [TestCase("كم الساعة في بلاد الشمس المشرقة")]
    public void An_other_question_about_such_a_place_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
