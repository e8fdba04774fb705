using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 46's tuning half (interactionModel/README.md, *Round 46 tuning for Spanish
/// (session 52)*), each tried on sentences of our own rather than the corpus lines: vocatives and exclamations as fillers
/// ("causa", "compadre", "cuate", "apa", "flipa", "híjole"), "el estado de allá" after a place, "en la guardería / daycare";
/// leads into the question ("tienen examen de", "no se acuerda de"); cancel "no era ese / esa", Catalan "cancela això";
/// stop "para eso / esto", "apaga eso"; help "cómo funciona this thing"; launch with "en plan", "yo quiero", "pa los kids";
/// not-places (rivers, sweets, foods, US barrios: "la capital del turrón", "del ebro", "de pilsen"); and the neighbours
/// that must still fall back.</summary>
public class SpanishRoundFortySixRuleTests
{
    [TestCase("es-ES", "alexa mañana tienen examen de la capital de grecia", "GR")]
    [TestCase("es-MX", "alexa mi hija tiene examen de la capital de suecia", "SE")]
    [TestCase("es-ES", "alexa mi abuelo no se acuerda de la capital de austria", "AT")]
    [TestCase("es-MX", "alexa cuál es la capital de polonia compadre", "PL")]
    [TestCase("es-MX", "alexa la capital de colorado el estado de allá", "US-CO")]
    [TestCase("es-ES", "alexa en la guardería preguntaron la capital de japón", "JP")]
    [TestCase("es-MX", "alexa apa y la capital de chile", "CL")]
    [TestCase("es-ES", "alexa cuál es la capital de hungría flipa", "HU")]
    public void A_round_forty_six_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-US", "alexa cancela eso causa", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa cancélalo cuate", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa no era esa cancélala", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa no era ese", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa cancela això", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa para esto ya", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa para eso carnal", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa apaga eso", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa how does this thing work", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa cómo se usa this thing", "AMAZON.HelpIntent")]
    public void A_round_forty_six_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "alexa en plan abre capitales del mundo")]
    [TestCase("es-MX", "alexa yo quiero abrir capitales del mundo")]
    [TestCase("es-US", "alexa abre capitales del mundo pa los kids")]
    [TestCase("es-MX", "alexa abre capitales del mundo para los chamacos")]
    public void A_launch_with_words_around_launches(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa cuál es la capital del turrón")]
    [TestCase("es-ES", "alexa cuál es la capital del ebro")]
    [TestCase("es-US", "alexa cuál es la capital de pilsen")]
    [TestCase("es-ES", "alexa cuál es la capital de la tortilla")]
    [TestCase("es-ES", "alexa quién es el jefe de estado de francia")]
    [TestCase("es-ES", "alexa para eso pon música")]
    [TestCase("es-ES", "alexa no era ese el volumen")]
    [TestCase("es-ES", "alexa tienen examen de matemáticas mañana")]
    [TestCase("es-ES", "alexa no se acuerda de la contraseña")]
    [TestCase("es-MX", "alexa yo quiero pizza")]
    [TestCase("es-ES", "alexa apaga eso de la luz")]
    [TestCase("es-ES", "alexa la población de la capital de grecia")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
