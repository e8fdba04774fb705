using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 23's tuning half (interactionModel/README.md, *Round 23 tuning for Spanish
/// (session 22)*), each tested with sentences of its kind that no corpus has: the English spellings of African names
/// ("zimbabwe", "botswana", "malawi", "lesotho", "kenya") and the Galician "quenia"; the official "república islámica de"
/// names; the Galician "é" for "es"; the Mexican fillers "la plebe", "jugando basta" and a trailing "en español"; the
/// reverse "la ciudad de X de qué es capital"; help "qué hay que hacer", stop "ya bájale"; nouns that make "capital"
/// mean something else ("la capital de la ropa"); and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentyThreeRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "dime la capital de zimbabwe", "ZW")]
    [TestCase("es-MX", "la capital de botswana cuál es", "BW")]
    [TestCase("es-US", "capital de malawi", "MW")]
    [TestCase("es-ES", "cuál es la capital de lesotho", "LS")]
    [TestCase("es-ES", "quenia capital", "KE")]
    [TestCase("es-MX", "capital de la república islámica de pakistán", "PK")]
    [TestCase("es-ES", "cuál es la capital de la república islámica de mauritania", "MR")]
    [TestCase("es-ES", "cuál é la capital de chile", "CL")]
    [TestCase("es-MX", "la plebe quiere saber la capital de perú", "PE")]
    [TestCase("es-MX", "jugando basta dime la capital de grecia", "GR")]
    [TestCase("es-US", "cuál es la capital de cuba en español", "CU")]
    public void A_round_twenty_three_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-ES", "la ciudad de nairobi de qué es capital")]
    public void A_round_twenty_three_reverse_question_reads_the_city(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo("nairobi"), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-ES", "qué hay que hacer", "AMAZON.HelpIntent")]
    [TestCase("es-US", "y ahora qué tengo que hacer", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "ya bájale", "AMAZON.StopIntent")]
    public void A_round_twenty_three_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("es-MX", "cuál es la capital de la ropa en méxico")]
    [TestCase("es-ES", "cuál es la capital del calzado en españa")]
    [TestCase("es-ES", "qué tengo que hacer hoy")]
    [TestCase("es-ES", "qué hay que hacer en parís")]
    [TestCase("es-MX", "bájale al volumen")]
    [TestCase("es-MX", "ya bájale a la música")]
    [TestCase("es-US", "cómo se dice perro en español")]
    [TestCase("es-US", "pon música en español")]
    [TestCase("es-MX", "jugando basta pon música")]
    public void A_round_twenty_three_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
