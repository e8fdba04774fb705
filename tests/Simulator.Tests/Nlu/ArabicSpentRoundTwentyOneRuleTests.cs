using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of the second pass on the spent round 21 (interactionModel/README.md, *Second pass on
/// spent round 21 for Arabic (session 21)*), each tried on sentences of our own rather than the corpus lines: the
/// Levantine spelling "هيي", the fillers "شوي" / "ما عليه" / "مابيه", feminine stop forms ("وقفي الحكي", "اطفي نفسك"),
/// the Maghrebi cancel "نسي", help wordings ("دليني", "نبغي مساعدة", "كيف يشتغل") and the Maghrebi launch verb "حلي";
/// with neighbours that must still fall back.</summary>
public class ArabicSpentRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("شو هيي عاصمة البرتغال", "PT", Description = "Levantine spelling of 'هي'")]
    [TestCase("عاصمة اليونان شو هيي", "GR", Description = "Levantine spelling of 'هي' after the place")]
    [TestCase("قوليلي شوي عاصمة كينيا", "KE", Description = "'a bit' as a filler")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("دليني يا اليكسا", "AMAZON.HelpIntent", Description = "Levantine 'guide me'")]
    [TestCase("نبغي مساعدة", "AMAZON.HelpIntent", Description = "Maghrebi 'we want help'")]
    [TestCase("كيف يشتغل هذا", "AMAZON.HelpIntent", Description = "'how does it work'")]
    [TestCase("وقف الحكي", "AMAZON.StopIntent", Description = "'stop the talking'")]
    [TestCase("اطفي حالك", "AMAZON.StopIntent", Description = "'switch yourself off'")]
    [TestCase("سكتي شوية", "AMAZON.StopIntent", Description = "'be quiet a bit'")]
    [TestCase("ما عليه الغي", "AMAZON.CancelIntent", Description = "'never mind, cancel'")]
    [TestCase("نساه", "AMAZON.CancelIntent", Description = "Maghrebi 'forget it'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("حليلي عواصم العالم", Description = "Maghrebi 'open' with the skill name")]
    [TestCase("يا اليكسا حل عواصم العالم")]
    public void A_launch_with_dialect_words(string utterance) =>
        LocaleNlu.AssertLaunches("ar-SA", utterance);

    [TestCase("شو هيي درجة الحرارة اليوم")]
    [TestCase("شغلي شوية موسيقى")]
    [TestCase("حلي المسالة هاذي")]
    [TestCase("ما عليه شو الاخبار")]
    public void An_other_request_still_falls_back(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("AMAZON.FallbackIntent"));
}
