using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 51's tuning half (session 61's section *Round 51 tuning for Spanish (session
/// 61)*), each tried on sentences of our own rather than the corpus lines: a reason after the place opened by "por" ("capital
/// de perú por el ceviche"), "que allí", "que allá", "que le" or "donde" (ClauseWords <c>purposeOpeners</c>); the Mexican
/// "del otro lado" (the United States) after the place; usted imperatives "apáguese", "apáguelo", "cancele eso",
/// "cancélelo", "anúlelo", "ayúdele", "ábrale", and "ábrenos", "ponle", "arráncame" as launch verbs; stop "khalas", "off",
/// "corta", "para que entra", "para que se despierta"; help "cómo pregunto por", "qué cosas le puedo preguntar", "cómo
/// hago para saber una capital"; a greeting before a launch ("buenas tardes abre ..."); the not-places "tahití", "managua",
/// "dubái", "los latinos"; and the neighbours that must still fall back.</summary>
public class SpanishRoundFiftyOneRuleTests
{
    [TestCase("es-MX", "alexa capital de perú por el ceviche", "PE")]
    [TestCase("es-US", "alexa capital de cuba por los abuelos", "CU")]
    [TestCase("es-ES", "alexa la capital de irlanda por los primos de mi mujer", "IE")]
    [TestCase("es-MX", "alexa capital de honduras por mi compañero de trabajo", "HN")]
    [TestCase("es-US", "alexa capital de portugal por el fado", "PT")]
    [TestCase("es-ES", "alexa capital de noruega que allí vive mi prima", "NO")]
    [TestCase("es-US", "alexa capital de ecuador que allá nació mi abuela", "EC")]
    [TestCase("es-MX", "alexa capital de japón que le gusta a mi hijo", "JP")]
    [TestCase("es-MX", "alexa capital de egipto donde están las pirámides", "EG")]
    [TestCase("es-MX", "alexa capital de texas del otro lado", "US-TX")]
    [TestCase("es-MX", "alexa la capital de arizona del otro lado", "US-AZ")]
    public void A_round_fifty_one_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "alexa apáguese", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa apáguelo ya", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa khalas", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa off", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa corta que viene mi jefe", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa para que entra mi madre", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa para que se despierta el bebé", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa cancele eso", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa cancélelo por favor", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa anúlelo", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa ayúdele a la abuela con las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa ayúdeles con las capitales", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cómo pregunto por una capital", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué cosas le puedo preguntar", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué cosas puedo preguntarle a esta cosa", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa cómo hago para saber una capital", "AMAZON.HelpIntent")]
    public void A_round_fifty_one_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "alexa ábrale capitales del mundo")]
    [TestCase("es-MX", "alexa ábrenos capitales del mundo")]
    [TestCase("es-US", "alexa ponle capitales del mundo a los niños")]
    [TestCase("es-ES", "alexa buenas tardes abre capitales del mundo")]
    [TestCase("es-ES", "alexa arráncame capitales del mundo")]
    [TestCase("es-MX", "alexa ábrame capitales del mundo por favor")]
    public void A_round_fifty_one_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa cuál es la capital de tahití")]
    [TestCase("es-MX", "alexa cuál es la capital de dubai")]
    [TestCase("es-US", "alexa capital de los latinos")]
    [TestCase("es-US", "alexa qué tiempo hace en managua")]
    [TestCase("es-ES", "alexa corta la cebolla")]
    [TestCase("es-ES", "alexa corta el césped")]
    [TestCase("es-MX", "alexa apáguese la luz")]
    [TestCase("es-ES", "alexa cancela mi vuelo")]
    [TestCase("es-MX", "alexa ponle música")]
    [TestCase("es-MX", "alexa ponle la radio")]
    [TestCase("es-MX", "alexa ábrenos la puerta")]
    [TestCase("es-US", "alexa ayúdele con la tarea de matemáticas")]
    [TestCase("es-ES", "alexa qué cosas puedo preguntarle a mi médico")]
    [TestCase("es-ES", "alexa cómo pregunto por el tren")]
    [TestCase("es-ES", "alexa cómo hago para saber la hora")]
    [TestCase("es-ES", "alexa buenos días")]
    [TestCase("es-ES", "alexa cuál es el clima en la capital de francia por la tarde")]
    [TestCase("es-ES", "alexa vuelos a la capital de italia por cien euros")]
    [TestCase("es-US", "alexa off the record")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
