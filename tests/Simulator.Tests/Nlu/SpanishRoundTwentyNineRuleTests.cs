using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 29's tuning half (/work/s28/sections/tune-es.md, *Round 29 tuning for Spanish
/// (session 28)*), each tried on sentences of our own rather than the corpus lines: the Chilean "al tiro"; the trailing
/// "que ya no me acuerdo (de nada)" and "y ya me voy a dormir"; "jugando a las capitales" and "me tocó" as fillers; the
/// question leads "no me acuerdo de", "me acordé de", "nos preguntamos"; "de dónde es (la) capital" read as "de qué país
/// es capital"; the yes/no check "es la capital de italia milán" (a new voice-model template); help ("qué me puedes decir"), stop ("calla", "ya es suficiente") and cancel ("luego te pregunto")
/// wordings; "atlantis", "reggaetón", "clavados" as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentyNineRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "dime al tiro la capital de perú", "PE", Description = "the Chilean filler 'al tiro'")]
    [TestCase("es-ES", "la capital de chile cuál es que ya no me acuerdo", "CL", Description = "the trailing 'que ya no me acuerdo'")]
    [TestCase("es-ES", "la capital de kenia que ya no me acuerdo de nada", "KE", Description = "the trailing 'que ya no me acuerdo de nada'")]
    [TestCase("es-MX", "cuál es la capital de noruega y ya me voy a dormir", "NO", Description = "the closing 'y ya me voy a dormir'")]
    [TestCase("es-ES", "estamos jugando a las capitales la de chile", "CL", Description = "the filler 'estamos jugando a las capitales'")]
    [TestCase("es-MX", "me tocó la capital de kenia", "KE", Description = "the filler 'me tocó'")]
    [TestCase("es-MX", "no me acuerdo de la capital de polonia", "PL", Description = "the lead 'no me acuerdo de'")]
    [TestCase("es-MX", "ayer en el trabajo no me acordaba de la capital de hungría", "HU", Description = "the lead 'no me acordaba de'")]
    [TestCase("es-US", "en la cena nos preguntamos la capital de australia", "AU", Description = "the lead 'nos preguntamos'")]
    [TestCase("es-ES", "es la capital de italia milán", "IT", Description = "the yes/no check with the guess after the place")]
    [TestCase("es-MX", "es la capital de canadá toronto verdad", "CA", Description = "the yes/no check with the guess after the place and a tag")]
    public void A_round_twenty_nine_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "montevideo de dónde es la capital", "montevideo", Description = "'de dónde es la capital' read as 'de qué país es capital'")]
    [TestCase("es-ES", "oye quito de dónde es capital", "quito", Description = "'de dónde es capital' read as 'de qué país es capital'")]
    public void A_reverse_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-MX", "qué me puedes decir", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "calla chica", "AMAZON.StopIntent")]
    [TestCase("es-ES", "ya calla", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya es suficiente", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya es suficiente de capitales", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya me voy a dormir", "AMAZON.StopIntent")]
    [TestCase("es-MX", "cancela luego te pregunto", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "déjalo después te pregunto", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-MX", "dime la capital de cuba luego te pregunto otra", "CU")]
    [TestCase("es-MX", "qué me puedes decir de la capital de francia", "FR")]
    public void A_cue_beside_a_question_keeps_the_question(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "cuál es la capital de atlantis")]
    [TestCase("es-US", "cuál es la capital del reggaetón")]
    [TestCase("es-MX", "cuál es la capital de los clavados")]
    [TestCase("es-MX", "qué me puedes decir del clima")]
    [TestCase("es-MX", "no me acuerdo de la dirección de mi tía")]
    [TestCase("es-MX", "me acordé de mi abuela")]
    [TestCase("es-MX", "nos tocó lavar los platos")]
    [TestCase("es-MX", "estamos jugando a las capitales")]
    [TestCase("es-ES", "de dónde eres")]
    [TestCase("es-ES", "de dónde es la capital de la moda")]
    [TestCase("es-ES", "es la capital de la moda milán")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
