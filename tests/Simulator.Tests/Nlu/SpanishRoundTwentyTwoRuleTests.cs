using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 22's tuning half (interactionModel/README.md, *Round 22 tuning for Spanish
/// (session 21)*), each tested with sentences of its kind that no corpus has: a yes/no check asked as "me confirmas si
/// Y es la capital de X"; the follow-ups "otra la de X" and "y de X la capital"; fillers "mi amor", "ya ve", "manito",
/// "bomba", "qué pena contigo"; a state named with its country's adjective ("el estado mexicano de X"); the aliases
/// "ivory coast", "arabia", "la república oriental del uruguay"; the reverse "la ciudad de X es capital de qué"; cancel
/// "anúlala", "cancela esa pregunta", stop "shut up", help "qué se te puede preguntar", the launch "vamos con"; and the
/// neighbours that must still fall back.</summary>
public class SpanishRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-ES", "me confirmas si lisboa es la capital de portugal", "PT")]
    [TestCase("es-MX", "confírmame si lima es la capital de perú", "PE")]
    [TestCase("es-US", "otra la de rumanía", "RO")]
    [TestCase("es-MX", "y de japón la capital", "JP")]
    [TestCase("es-MX", "mi amor dime la capital de cuba", "CU")]
    [TestCase("es-MX", "la capital de chile ya ve", "CL")]
    [TestCase("es-US", "manito cuál es la capital de haití", "HT")]
    [TestCase("es-MX", "bomba cuál es la capital de belice", "BZ")]
    [TestCase("es-US", "qué pena contigo cuál es la capital de honduras", "HN")]
    [TestCase("es-ES", "capital del estado mexicano de jalisco", "MX-JAL")]
    [TestCase("es-US", "dime la capital de ivory coast", "CI")]
    [TestCase("es-ES", "cuál es la capital de arabia", "SA")]
    [TestCase("es-MX", "la capital de la república oriental del uruguay", "UY")]
    public void A_round_twenty_two_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-ES", "la ciudad de nairobi es la capital de qué")]
    [TestCase("es-MX", "nairobi es capital de qué")]
    public void A_round_twenty_two_reverse_question_reads_the_city(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo("nairobi"), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-ES", "anúlala", "AMAZON.CancelIntent")]
    [TestCase("es-US", "cancela esa pregunta por favor", "AMAZON.CancelIntent")]
    [TestCase("es-US", "shut up alexa", "AMAZON.StopIntent")]
    [TestCase("es-ES", "qué se te puede preguntar", "AMAZON.HelpIntent")]
    public void A_round_twenty_two_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("es-ES", "vamos con capitales del mundo")]
    public void Vamos_con_the_skill_is_a_launch(string locale, string utterance)
    {
        LocaleNlu.AssertLaunches(locale, utterance);
    }

    [TestCase("es-ES", "anula la alarma")]
    [TestCase("es-MX", "mi amor pon una canción")]
    [TestCase("es-ES", "vamos con la música")]
    [TestCase("es-ES", "me confirmas si la tienda está abierta")]
    [TestCase("es-MX", "bomba pon música")]
    [TestCase("es-US", "shut up the music")]
    public void A_round_twenty_two_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
