using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 45's tuning half (interactionModel/README.md, *Round 45 tuning for Spanish
/// (session 50)*), each tried on sentences of our own rather than the corpus lines: cancel "no te hablaba / estaba hablando
/// a ti", "no era para ti", "ni caso", "forget that"; stop "cállese", "ya no sigas", "quita esto", "ya déjalo", "ahí lo
/// dejamos" ("quita esto" moved from cancel to stop); help "qué preguntas entiendes", "cómo se le pregunta", "de qué se
/// trata", "qué países sabes"; launch with "para los críos", "for my daughter", "open up"; leads into the question
/// ("nos apostamos una caña a", "doy clase de", "salió una pregunta de"); the tails "en voz baja", "que es un estado de la
/// india", "la provincia canadiense de", "muy bien" before a follow-up; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyFiveRuleTests
{
    [TestCase("es-ES", "alexa nos apostamos una caña a la capital de noruega", "NO")]
    [TestCase("es-MX", "alexa mañana doy clase de la capital de perú", "PE")]
    [TestCase("es-ES", "alexa en el examen salió una pregunta de la capital de chile", "CL")]
    [TestCase("es-ES", "alexa cuál es la capital de kenia en voz baja", "KE")]
    [TestCase("es-ES", "muy bien y la de portugal", "PT")]
    [TestCase("es-ES", "alexa la capital de kerala que es un estado de la india", "IN-KL")]
    [TestCase("es-ES", "alexa y la capital de la provincia canadiense de ontario", "CA-ON")]
    public void A_round_forty_five_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "alexa no te estaba hablando a ti perdona", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa no era para ti perdona", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa ni caso", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa forget that", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa cállese ya", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa ya no sigas por favor", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa quita esto por favor", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa ya déjalo", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa ahí lo dejamos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa qué preguntas entiendes", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cómo se le pregunta a esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa de qué se trata este juego", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué países sabes", "AMAZON.HelpIntent")]
    public void A_round_forty_five_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "alexa abre capitales del mundo para los críos")]
    [TestCase("es-US", "alexa abre capitales del mundo for my daughter")]
    [TestCase("es-US", "alexa open up capitales del mundo please")]
    public void A_launch_with_words_around_launches(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa no te hablaba a ti pon música")]
    [TestCase("es-ES", "alexa ya no quiero la luz encendida")]
    [TestCase("es-ES", "alexa apostamos un café a que llueve mañana")]
    [TestCase("es-ES", "alexa cómo se pregunta la hora en inglés")]
    [TestCase("es-ES", "alexa qué países tienen playa")]
    [TestCase("es-ES", "alexa de qué se trata la película")]
    [TestCase("es-ES", "alexa jugamos a las cartas")]
    [TestCase("es-ES", "alexa ya no sigas con la música")]
    [TestCase("es-ES", "alexa muy bien")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
