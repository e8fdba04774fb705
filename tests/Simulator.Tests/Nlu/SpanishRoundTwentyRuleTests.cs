using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 20's tuning half (interactionModel/README.md, *Round 20 tuning for Spanish
/// (session 19)*), each tested with sentences of its kind that no corpus has: a clause that ends in a preposition before
/// "la capital de X" and a question tail ("el avión aterriza en la capital de X cuál es"); "cuál será/sería"; "dónde es";
/// "las capitales de X cuáles son", "qué ciudades son capitales de X"; the reverse frames "en qué país está la capital X",
/// "X qué país es", "a qué país pertenece X"; address words and "es que" as fillers; the repairs "espérate" and
/// "rectifico"; Asturian "ye"; "ask" before the invocation name; help, stop and cancel wordings; and the out-of-domain
/// neighbours that must still fall back (a figurative capital, "qué tal estás").</summary>
public class SpanishRoundTwentyRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-ES", "el avión aterriza en la capital de noruega cuál es", "NO")]
    [TestCase("es-MX", "mi prima se mudó a la capital de chile cómo se llama", "CL")]
    [TestCase("es-US", "mi tío trabaja en la capital de honduras cuál es", "HN")]
    [TestCase("es-MX", "oye cuál será la capital de nicaragua", "NI")]
    [TestCase("es-ES", "qué sería la capital de polonia", "PL")]
    [TestCase("es-US", "dónde es la capital de guatemala", "GT")]
    [TestCase("es-ES", "las capitales de sudáfrica cuáles son", "ZA")]
    [TestCase("es-MX", "cuáles ciudades son las capitales de bolivia", "BO")]
    [TestCase("es-MX", "cuál es la capital de honduras amigo", "HN")]
    [TestCase("es-ES", "dime la capital de grecia abuela", "GR")]
    [TestCase("es-ES", "la capital de perú es que no me acuerdo", "PE")]
    [TestCase("es-US", "la capital de colombia espérate de ecuador", "EC")]
    [TestCase("es-ES", "cuál es la capital de austria rectifico de australia", "AU")]
    [TestCase("es-ES", "cuál ye la capital de francia", "FR")]
    [TestCase("es-US", "dime la capital de south africa", "ZA")]
    [TestCase("es-ES", "cuál es la capital de san vicente", "VC")]
    public void A_round_twenty_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-MX", "en qué país está la capital nairobi", "nairobi")]
    [TestCase("es-US", "ulán bator qué país es", "ulaanbaatar")]
    [TestCase("es-ES", "a qué país pertenece la capital lima", "lima")]
    [TestCase("es-MX", "en qué país queda biskek", "bishkek")]
    public void A_round_twenty_reverse_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-ES", "olvida lo que te dije", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "nel mejor olvídalo", "AMAZON.CancelIntent")]
    [TestCase("es-US", "cancel that please", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "bah olvida la pregunta", "AMAZON.CancelIntent")]
    [TestCase("es-US", "qué cosas puedes hacer", "AMAZON.HelpIntent")]
    [TestCase("es-US", "how does it work", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "para de hablar ya", "AMAZON.StopIntent")]
    [TestCase("es-US", "stop that alexa", "AMAZON.StopIntent")]
    public void A_round_twenty_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("ask capitales del mundo la capital de perú")]
    [TestCase("ask capitales del mundo cuál es la capital de chile")]
    public void Ask_before_the_invocation_name_is_a_one_shot(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales del mundo", "es-US").Kind, Is.EqualTo(UtteranceKind.OneShot));
    }

    [TestCase("es-ES", "cuál es la capital de los unicornios")]
    [TestCase("es-MX", "cuál es la capital del amor")]
    [TestCase("es-ES", "qué tal estás hoy")]
    [TestCase("es-US", "qué tal eres")]
    [TestCase("es-ES", "el clima en la capital de francia cuál es")]
    [TestCase("es-MX", "cuántos habitantes tiene la capital de perú")]
    [TestCase("es-ES", "olvida tu contraseña")]
    [TestCase("es-US", "stop the music")]
    public void A_round_twenty_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
