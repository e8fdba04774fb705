using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 53's tuning half (session 63's section *Round 53 tuning for Spanish (session
/// 63)*), each tried on sentences of our own rather than the corpus lines: a clause after the question where "fue" means
/// "went" or "took place", not "was" ("que allí se fue mi prima", "donde fueron las olimpiadas": NluLexicon
/// <c>joins</c> to "se marchó" / "estuvo", so the past marker does not fire); the speaker forgetting ("que siempre se me
/// olvida") and the question's source ("que lo dijeron en la tele") as fillers; "ciervo colorado" as a not-place; a
/// correction "del norte no de la del sur" (joins); a reverse question "tiene de capital a {city}" (a CityIntent
/// template); help "qué clase de preguntas entiendes", "dame algunos ejemplos", "ejemplos de lo que puedo preguntar";
/// stop "le paramos", "ya le paro", "ya está suficiente", "termina la sesión"; cancel "cancélalo y ya está" (said last,
/// over the stop "ya está"), "olvida lo anterior"; a launch with "jugarle a", "eso de", "habla con", "pásame a", "pon en
/// marcha", "despierta"; and the neighbours that must still fall back.</summary>
public class SpanishRoundFiftyThreeRuleTests
{
    [TestCase("es-ES", "alexa la capital de perú que allí se fue mi prima", "PE")]
    [TestCase("es-MX", "alexa capital de chile que ahí fue mi abuelo", "CL")]
    [TestCase("es-ES", "alexa la capital de japón donde fueron las olimpiadas", "JP")]
    [TestCase("es-US", "alexa la capital de kenia que se fueron mis tíos", "KE")]
    [TestCase("es-ES", "alexa la capital de grecia que siempre se me olvida", "GR")]
    [TestCase("es-ES", "alexa capital de islandia que nunca me acuerdo", "IS")]
    [TestCase("es-ES", "alexa la capital de túnez que lo dijeron en la tele", "TN")]
    [TestCase("es-ES", "alexa capital de escocia por el ciervo colorado", "GB-SCT")]
    [TestCase("es-MX", "alexa la capital de corea del norte no de la del sur", "KR")]
    public void A_round_fifty_three_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "alexa qué país tiene por capital a quito", "quito")]
    [TestCase("es-US", "alexa qué país tiene de capital a lima", "lima")]
    public void A_round_fifty_three_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-ES", "alexa qué clase de preguntas entiendes", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa dame algunos ejemplos", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa ejemplos de lo que puedo preguntar", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa ahí le paramos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa hasta aquí le paramos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa ya le paro", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa ya está suficiente", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa termina la sesión", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa cancélalo y ya está", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa olvida lo anterior", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa olvídate de lo anterior por favor", "AMAZON.CancelIntent")]
    public void A_round_fifty_three_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-MX", "alexa juguémosle a capitales del mundo")]
    [TestCase("es-ES", "alexa pon eso de capitales del mundo")]
    [TestCase("es-US", "alexa habla con capitales del mundo")]
    [TestCase("es-ES", "alexa pásame a capitales del mundo")]
    [TestCase("es-ES", "alexa pon en marcha capitales del mundo")]
    [TestCase("es-ES", "alexa despierta capitales del mundo")]
    public void A_round_fifty_three_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa se fue la luz")]
    [TestCase("es-ES", "alexa qué pasó cuando se fue la luz")]
    [TestCase("es-MX", "alexa dónde fue el mundial")]
    [TestCase("es-ES", "alexa allí fue donde nos conocimos")]
    [TestCase("es-ES", "alexa mi hijo se fue a la capital de francia")]
    [TestCase("es-ES", "alexa cuál fue la capital de españa antes de madrid")]
    [TestCase("es-MX", "alexa qué tipo de preguntas hacen en el examen de manejo")]
    [TestCase("es-US", "alexa dame unos ejemplos de verbos irregulares")]
    [TestCase("es-US", "alexa dame algunos ejemplos de recetas")]
    [TestCase("es-MX", "alexa ya le paramos al coche")]
    [TestCase("es-MX", "alexa aquí le paramos al taxi")]
    [TestCase("es-MX", "alexa vamos a jugarle a la lotería")]
    [TestCase("es-ES", "alexa abre eso de la puerta")]
    [TestCase("es-ES", "alexa que lo dice el de la radio")]
    [TestCase("es-ES", "alexa el ciervo colorado")]
    [TestCase("es-MX", "alexa qué equipo tiene de capitán a messi")]
    [TestCase("es-ES", "alexa que siempre se me olvida la contraseña")]
    [TestCase("es-ES", "alexa cancela la alarma y ya está")]
    [TestCase("es-ES", "alexa habla con mamá")]
    [TestCase("es-ES", "alexa despierta a los niños")]
    [TestCase("es-ES", "alexa pon en marcha la lavadora")]
    [TestCase("es-ES", "alexa pásame con recepción")]
    [TestCase("es-ES", "alexa termina la sesión de ejercicio")]
    [TestCase("es-ES", "alexa borra lo anterior de la lista de la compra")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
