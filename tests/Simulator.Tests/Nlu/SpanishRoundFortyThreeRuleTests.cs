using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 43's tuning half (interactionModel/README.md, *Round 43 tuning for Spanish
/// (session 48)*), each tried on sentences of our own rather than the corpus lines: the tail "(un) territorio de la india";
/// "de / en qué sitio" for "de / en qué lugar" in the reverse question; the English "is the capital of what state" and "has
/// two capitals"; cancel "cancel the question", "nada cancélalo", "no déjalo ya", and a cancel with a reason that names the
/// speaker's family ("olvídalo no le hagas caso a mi hermana", "never mind mi esposo ya lo buscó"); stop "para ya no
/// quiero", "exit the game", "apaga esto"; help "no sé qué hacer", "qué digo para preguntar una capital"; launch "i want to
/// play"; former states ("la antigua yugoslavia"), fictional places, regions and things a city is the "capital" of ("el
/// blues", "el azafrán") as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyThreeRuleTests
{
    [TestCase("es-US", "capital de delhi un territorio de la india", "IN-DL")]
    [TestCase("es-US", "cuál es la capital de ladakh territorio de la india", "IN-LA")]
    [TestCase("es-US", "bolivia has two capitals", "BO")]
    [TestCase("es-ES", "cuál es la capital del sáhara occidental", "EH")]
    [TestCase("es-MX", "cuál es la capital de baja california sur", "MX-BCS")]
    public void A_round_forty_three_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "lima es capital de qué sitio", "lima")]
    [TestCase("es-ES", "de qué sitio es capital lisboa", "lisbon")]
    [TestCase("es-US", "sacramento is the capital of what state", "sacramento")]
    public void The_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-US", "alexa cancel the question", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "nada cancélalo que me equivoqué", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "olvídalo no le hagas caso a mi hermana", "AMAZON.CancelIntent")]
    [TestCase("es-US", "never mind mi esposo ya lo buscó", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "para ya no quiero", "AMAZON.StopIntent")]
    [TestCase("es-US", "exit the game", "AMAZON.StopIntent")]
    [TestCase("es-ES", "apaga esto que ya me voy", "AMAZON.StopIntent")]
    [TestCase("es-ES", "no sé qué hacer", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué digo para preguntar una capital", "AMAZON.HelpIntent")]
    public void A_round_forty_three_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "i want to play capitales del mundo")]
    public void I_want_to_play_launches(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de la antigua yugoslavia")]
    [TestCase("es-ES", "cuál es la capital del desierto del sáhara")]
    [TestCase("es-ES", "cuál es la capital de la tierra media")]
    [TestCase("es-US", "cuál es la capital del blues")]
    [TestCase("es-MX", "cuál es la capital de los cabos")]
    [TestCase("es-ES", "cuál es la capital de la serranía de ronda")]
    [TestCase("es-US", "cuál es la capital del cacicazgo de maguá")]
    [TestCase("es-US", "cuál es la capital de la isla mona")]
    [TestCase("es-ES", "de qué sitio eres")]
    [TestCase("es-ES", "apaga la luz")]
    [TestCase("es-US", "cancel my appointment")]
    [TestCase("es-ES", "no sé qué hacer de cena")]
    [TestCase("es-US", "i want to play music")]
    [TestCase("es-US", "exit the car")]
    [TestCase("es-MX", "mi hermano es de perú")]
    [TestCase("es-US", "my house has two floors")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
