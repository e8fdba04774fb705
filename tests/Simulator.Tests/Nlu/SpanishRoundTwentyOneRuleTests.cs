using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 21's tuning half (interactionModel/README.md, *Round 21 tuning for Spanish
/// (session 20)*), each tested with sentences of its kind that no corpus has: the follow-up "(y) qué me dices de X" and
/// "(y) ahora la de X"; "cómo era la capital de X"; a yes/no check with the city first ("X es la capital de Y verdad");
/// the reverse "X es capital de dónde" and "la ciudad de X"; a third person who asks ("mi abuelo pregunta / quiere saber
/// la capital de X") and Mexican "ocupo"; "bro" and "por fa" as fillers; the repair "me he liado"; the joins "cuales la"
/// and "what are"; "para saber" after the invocation name; help, stop and launch wordings; and the neighbours that must
/// still fall back.</summary>
public class SpanishRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-MX", "y qué me dices de honduras", "HN")]
    [TestCase("es-ES", "qué me dices de portugal", "PT")]
    [TestCase("es-US", "y ahora la de perú", "PE")]
    [TestCase("es-ES", "eh cómo era la capital de letonia", "LV")]
    [TestCase("es-MX", "lima es la capital de perú verdad", "PE")]
    [TestCase("es-US", "quito es la capital de ecuador sí o no", "EC")]
    [TestCase("es-ES", "roma es la capital de italia o no", "IT")]
    [TestCase("es-ES", "mi abuelo pregunta la capital de egipto", "EG")]
    [TestCase("es-MX", "mi sobrina quiere saber la capital de irlanda", "IE")]
    [TestCase("es-MX", "ocupo la capital de panamá", "PA")]
    [TestCase("es-US", "cuál es la capital de cuba bro", "CU")]
    [TestCase("es-MX", "dime la capital de perú por fa", "PE")]
    [TestCase("es-ES", "la capital de austria me he liado de australia", "AU")]
    [TestCase("es-US", "cuales la capital de chile", "CL")]
    [TestCase("es-US", "what are las capitales de sudáfrica", "ZA")]
    public void A_round_twenty_one_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-MX", "nairobi es capital de dónde")]
    [TestCase("es-ES", "de qué país es la capital la ciudad de nairobi")]
    public void A_round_twenty_one_reverse_question_reads_the_city(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo("nairobi"), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-ES", "qué digo ahora", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "me explicas qué haces", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "hemos terminado gracias", "AMAZON.StopIntent")]
    [TestCase("es-MX", "me voy a dormir adiós", "AMAZON.StopIntent")]
    public void A_round_twenty_one_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("es-MX", "ponme capitales del mundo para el niño")]
    [TestCase("es-ES", "abre capitales del mundo para mi hija")]
    public void A_launch_for_someone_is_a_launch(string locale, string utterance)
    {
        LocaleNlu.AssertLaunches(locale, utterance);
    }

    [TestCase("usa capitales del mundo para saber la capital de japón")]
    public void Para_saber_after_the_invocation_name_is_a_one_shot(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales del mundo", "es-ES").Kind, Is.EqualTo(UtteranceKind.OneShot));
    }

    [TestCase("es-ES", "mi hijo pregunta la hora")]
    [TestCase("es-ES", "qué me dices de la música")]
    [TestCase("es-MX", "mi hija quiere saber el clima de la capital de francia")]
    [TestCase("es-US", "close the door")]
    [TestCase("es-ES", "me voy a dormir pon una alarma")]
    public void A_round_twenty_one_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
