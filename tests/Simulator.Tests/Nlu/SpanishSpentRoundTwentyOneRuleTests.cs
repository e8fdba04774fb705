using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The families of the second pass on spent round 21 for Spanish (interactionModel/README.md, *Second pass on
/// spent round 21 for Spanish (session 20)*), each tested with sentences of its kind that no corpus has: the repairs
/// "chin" (Mexican) and "uy"; the joined "delas"/"delos" of speech recognition; the stop wordings "sal de aquí",
/// "ciérralo", "ya está bien"; the cancel wordings "ya no importa", "cancela eso"; the launch verbs "ábrele", "entra",
/// "(me) abres" and "para los nenes"/"por fa" around a launch; and the neighbours that must still fall back.</summary>
public class SpanishSpentRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-MX", "cuál es la capital de chile chin de perú", "PE")]
    [TestCase("es-ES", "dime la capital de suecia uy de suiza", "CH")]
    [TestCase("es-US", "la capital delas bahamas", "BS")]
    [TestCase("es-ES", "la capital delos emiratos árabes unidos", "AE")]
    public void A_spent_round_twenty_one_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-ES", "sal de aquí alexa", "AMAZON.StopIntent")]
    [TestCase("es-ES", "ciérralo por favor", "AMAZON.StopIntent")]
    [TestCase("es-ES", "ya está bien alexa", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya no importa", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "cancela eso por favor", "AMAZON.CancelIntent")]
    public void A_spent_round_twenty_one_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("es-MX", "ábrele a capitales del mundo")]
    [TestCase("es-ES", "entra en capitales del mundo")]
    [TestCase("es-ES", "me abres capitales del mundo")]
    [TestCase("es-US", "abre capitales del mundo para las nenas")]
    public void A_spent_round_twenty_one_launch_wording_is_a_launch(string locale, string utterance)
    {
        LocaleNlu.AssertLaunches(locale, utterance);
    }

    [TestCase("es-ES", "sal a comprar pan")]
    [TestCase("es-ES", "ya está bien la música")]
    [TestCase("es-ES", "uy qué frío hace")]
    [TestCase("es-MX", "entra en la cocina")]
    public void A_spent_round_twenty_one_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
