using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 52's tuning half (session 62's section *Round 52 tuning for Spanish (session
/// 62)*), each tried on sentences of our own rather than the corpus lines: a correction that names the other half with
/// "la del" ("corea del sur no la del norte", NluLexicon <c>joins</c>) and a follow-up "y la otra corea la del sur"; both
/// capitals asked as "la vieja y la nueva" (<c>bothWords</c>); a reverse question with "la capital" before the city ("la
/// capital lima de qué país es", a CityIntent template); help "cómo funcionan", "qué se le puede pedir", "cuéntame qué
/// sabes", "ayúdanos", and the whole help questions with "para" ("qué hago para preguntar las capitales"); stop "cala",
/// "apágala", "silencio en cubierta"; the people spoken to after a request ("güero", "jefa", "padre", "compañero") and
/// "por caridad"; a launch of "el juego ese de" the skill; the not-places "hip hop", "los muertos", "las américas",
/// "la guitarra", "la madera"; and the neighbours that must still fall back.</summary>
public class SpanishRoundFiftyTwoRuleTests
{
    [TestCase("es-MX", "alexa la capital de corea del sur no la del norte", "KP")]
    [TestCase("es-US", "alexa la capital de carolina del norte no la del sur", "US-SC")]
    [TestCase("es-US", "alexa capital de dakota del sur no no la del norte", "US-ND")]
    [TestCase("es-ES", "alexa la capital de corea del norte perdón la del sur", "KR")]
    [TestCase("es-ES", "alexa y la otra corea la del sur", "KR")]
    [TestCase("es-US", "alexa y la otra carolina la del norte", "US-NC")]
    [TestCase("es-MX", "alexa las capitales de bolivia la vieja y la nueva", "BO")]
    [TestCase("es-ES", "alexa las capitales de sudáfrica la antigua y la nueva", "ZA")]
    public void A_round_fifty_two_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-US", "alexa la capital lima de qué país es", "lima")]
    [TestCase("es-MX", "alexa la capital quito es de qué país", "quito")]
    [TestCase("es-ES", "alexa la capital nairobi de qué país es", "nairobi")]
    public void A_round_fifty_two_reverse_question_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-ES", "alexa cómo funcionan las preguntas de capitales", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué se le puede pedir a esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa cuéntame qué sabes hacer hermano", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cuéntame qué cosas sabes", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa ayúdanos con las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa ayúdenos por favor", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa ayuda padre", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa compañero cómo funciona esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa qué hago para preguntar las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa qué tengo que decir para que me diga la capital", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa cómo le hago para preguntarte algo", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa qué tengo que hacer para preguntar", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cala", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa cala que chove", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa apágala ya", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa ya no lo quiero apágalo", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa silencio en cubierta", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa silencio en la sala por favor", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa cancela eso güero", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa cancela eso jefa", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa cancela por caridad", "AMAZON.CancelIntent")]
    public void A_round_fifty_two_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "alexa abre el juego ese de capitales del mundo")]
    [TestCase("es-MX", "alexa ponme la app esa de capitales del mundo")]
    [TestCase("es-ES", "alexa abre capitales del mundo que vamos a estudiar para el examen de mañana")]
    public void A_round_fifty_two_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-US", "alexa cuál es la capital del hip hop")]
    [TestCase("es-MX", "alexa cuál es la capital de los muertos")]
    [TestCase("es-US", "alexa capital de las américas")]
    [TestCase("es-ES", "alexa cuál es la capital de la guitarra")]
    [TestCase("es-MX", "alexa cuál es la capital de la madera")]
    [TestCase("es-ES", "alexa cómo funcionan los volcanes")]
    [TestCase("es-ES", "alexa qué se le puede pedir a los reyes magos")]
    [TestCase("es-ES", "alexa cuéntame qué sabes de la guerra civil")]
    [TestCase("es-MX", "alexa ayúdanos a mover el sofá")]
    [TestCase("es-ES", "alexa cuál es la mejor cala de ibiza")]
    [TestCase("es-ES", "alexa cala bassa")]
    [TestCase("es-MX", "alexa apágala la tele")]
    [TestCase("es-ES", "alexa pon silencio en el puente")]
    [TestCase("es-ES", "alexa llama al padre")]
    [TestCase("es-MX", "alexa cancela la cita con el jefe")]
    [TestCase("es-ES", "alexa pide por caridad una pizza")]
    [TestCase("es-ES", "alexa qué hago para cenar")]
    [TestCase("es-US", "alexa qué tengo que hacer para cambiar la contraseña")]
    [TestCase("es-ES", "alexa qué tengo que decir para que me diga la hora")]
    [TestCase("es-ES", "alexa abre el juego ese de los dinosaurios")]
    [TestCase("es-US", "alexa pon hip hop")]
    [TestCase("es-MX", "alexa toca la guitarra")]
    [TestCase("es-ES", "alexa la vieja y la nueva")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
