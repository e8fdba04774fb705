using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of the second pass on spent round 20 (interactionModel/README.md, *Second pass on spent
/// round 20 for German (session 19)*), each tried on sentences of our own rather than the corpus lines: help, stop and
/// cancel wordings ("ich verstehe das spiel nicht", "gibt es eine anleitung", "ich will nicht mehr spielen", "und
/// tschüss", "lass es bleiben", "ich nehme die frage zurück"), a Low German saying and a Hessian greeting as fillers, the
/// inflected official names after "der" ("der tschechischen republik"); with out-of-domain neighbours that must still
/// fall back.</summary>
public class GermanSpentRoundTwentyRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("wat mutt dat mutt wie heißt die hauptstadt von kenia", "KE", Description = "a Low German saying as a filler")]
    [TestCase("welche stadt ist die hauptstadt der slowakischen republik", "SK", Description = "an inflected official name")]
    [TestCase("sag mir die hauptstadt der dominikanischen republik", "DO", Description = "an inflected official name")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("ich versteh das spiel nicht", "AMAZON.HelpIntent")]
    [TestCase("gibt es eine anleitung", "AMAZON.HelpIntent")]
    [TestCase("ich will jetzt nicht mehr spielen", "AMAZON.StopIntent")]
    [TestCase("okay und tschüss", "AMAZON.StopIntent")]
    [TestCase("ach lass es bleiben", "AMAZON.CancelIntent")]
    [TestCase("ich nehme die frage zurück bitte", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("wie ist das wetter morgen in bern")]
    [TestCase("wie geht es dir heute")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
