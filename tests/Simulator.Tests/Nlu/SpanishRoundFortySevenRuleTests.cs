using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 47's tuning half (session 54's section *Round 47 tuning for Spanish (session
/// 54)*), each tried on sentences of our own rather than the corpus lines: interjections of learners from Japan, Korea,
/// Russia and China as fillers ("hai", "sumimasen", "kamsahamnida", "davai", "koroche", "xiexie"), Latin American
/// vocatives and openers ("compita", "carnalito", "cachai", "qué pex", "ta", "al tiro", "de una"), "no la ciudad" after a
/// state; follow-ups "sigue / sigamos / vamos con"; reverse "tiene como / por capital a"; "cuáles serían las capitales";
/// "la capital de mi estado / país que es / que se llama"; "qué capital tiene eso"; stop "nada más por hoy", "lo dejamos
/// por hoy", "para que viene / llega" with a family member as the reason; help "de qué va / de qué se trata esta skill";
/// and the neighbours that must still fall back.</summary>
public class SpanishRoundFortySevenRuleTests
{
    [TestCase("es-MX", "alexa hai cuál es la capital de perú", "PE")]
    [TestCase("es-US", "alexa sumimasen la capital de chile", "CL")]
    [TestCase("es-MX", "alexa kamsahamnida cuál es la capital de japón", "JP")]
    [TestCase("es-US", "alexa annyeonghaseyo la capital de tailandia", "TH")]
    [TestCase("es-ES", "alexa davai la capital de ucrania", "UA")]
    [TestCase("es-ES", "alexa koroche cuál es la capital de letonia", "LV")]
    [TestCase("es-US", "alexa xiexie y la capital de vietnam", "VN")]
    [TestCase("es-MX", "alexa compita cuál es la capital de honduras", "HN")]
    [TestCase("es-ES", "alexa cachai cuál es la capital de bolivia", "BO")]
    [TestCase("es-MX", "alexa qué pex la capital de belice", "BZ")]
    [TestCase("es-ES", "alexa ta bien cuál es la capital de paraguay", "PY")]
    [TestCase("es-ES", "alexa la capital de uruguay al tiro", "UY")]
    [TestCase("es-ES", "alexa dime la capital de bolivia de una", "BO")]
    [TestCase("es-ES", "alexa cuál es la capital de goiás el estado no la ciudad", "BR-GO")]
    [TestCase("es-MX", "alexa sigamos con francia", "FR")]
    [TestCase("es-ES", "alexa vamos con portugal", "PT")]
    [TestCase("es-MX", "sigue con japón", "JP")]
    [TestCase("es-US", "alexa cuáles serían las capitales de bolivia", "BO")]
    [TestCase("es-US", "alexa me van a preguntar la capital de mi estado que es texas", "US-TX")]
    [TestCase("es-US", "alexa la capital de mi país que se llama honduras", "HN")]
    [TestCase("es-ES", "alexa mi vecino es de baviera qué capital tiene eso", "DE-BY")]
    public void A_round_forty_seven_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-MX", "alexa qué país tiene como capital a quito", "quito")]
    [TestCase("es-MX", "alexa qué estado tiene por capital a hermosillo", "hermosillo")]
    public void A_reverse_question_with_a_before_the_city_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-ES", "alexa spasibo cancela", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa olvídalo carnalito", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa hai para", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa nada más por hoy", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa lo dejamos por hoy", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa dejémoslo aquí", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa para que llega mi suegra", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa para que ya viene mi papá", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa de qué se trata esta skill", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "alexa cachai cómo le hago", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa qué pex de qué va esto", "AMAZON.HelpIntent")]
    public void A_round_forty_seven_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "alexa sigue con la música")]
    [TestCase("es-ES", "alexa vamos con la lista de la compra")]
    [TestCase("es-MX", "alexa hai pon música")]
    [TestCase("es-ES", "alexa ta bien pon la radio")]
    [TestCase("es-ES", "alexa lo dejamos por hoy el temporizador")]
    [TestCase("es-ES", "alexa de qué va esta película")]
    [TestCase("es-ES", "alexa qué capital tiene eso")]
    [TestCase("es-ES", "alexa de una pon música")]
    [TestCase("es-US", "alexa nada más por hoy pon la alarma")]
    [TestCase("es-MX", "alexa cuánto capital necesita un negocio")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
