using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 30's tuning half (/work/s29/sections/tune-es.md, *Round 30 tuning for Spanish
/// (session 29)*), each tried on sentences of our own rather than the corpus lines: the fillers "mi niño", "klk", "si fuera
/// tan amable", "que nos vamos de puente", "para mi tarea"; the repairs "my bad" and "me he colado"; the masculine slip
/// "el capital de"; split names ("sur áfrica", "campe che"); help ("cómo se usa esto", "cómo se le hace"), stop ("que
/// pares") and cancel ("quita quita", "esa vaina") wordings; the launch verb "ábrete"; regions, dances and old kingdoms
/// as not-places ("la mancha", "el bajío", "la bachata", "el reino de león"); and the neighbours that must still fall back.</summary>
public class SpanishRoundThirtyRuleTests
{
    [TestCase("es-ES", "mi niño dime la capital de grecia", "GR", Description = "the Andalusian filler 'mi niño'")]
    [TestCase("es-US", "klk dime la capital de haití", "HT", Description = "the Dominican greeting 'klk'")]
    [TestCase("es-MX", "si fuera tan amable dígame la capital de bolivia", "BO", Description = "the polite 'si fuera tan amable'")]
    [TestCase("es-ES", "la capital de irlanda que nos vamos de puente", "IE", Description = "the trailing 'que nos vamos de puente'")]
    [TestCase("es-MX", "cuál es la capital de perú para mi tarea", "PE", Description = "the trailing 'para mi tarea'")]
    [TestCase("es-MX", "cuál es el capital de jalisco", "MX-JAL", Description = "the masculine slip 'el capital de'")]
    [TestCase("es-US", "dime la capital de sur áfrica", "ZA", Description = "'sur áfrica' joined")]
    [TestCase("es-US", "la capital de francia my bad de bélgica", "BE", Description = "the repair 'my bad'")]
    public void A_round_thirty_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "oye cómo se usa esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué le digo", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "que pares", "AMAZON.StopIntent")]
    [TestCase("es-ES", "quita quita", "AMAZON.CancelIntent")]
    [TestCase("es-US", "olvida esa vaina", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "ábrete capitales del mundo por favor")]
    [TestCase("es-US", "klk abre capitales del mundo")]
    public void A_launch_wording_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de castilla la mancha")]
    [TestCase("es-ES", "cuál es la capital de la mancha")]
    [TestCase("es-MX", "cuál es la capital del bajío")]
    [TestCase("es-US", "cuál es la capital de la cumbia")]
    [TestCase("es-US", "cuál es la capital del merengue")]
    [TestCase("es-ES", "cuál es la capital del reino de aragón")]
    [TestCase("es-MX", "cuál es la capital de la huasteca")]
    [TestCase("es-ES", "mi niño qué hora es")]
    [TestCase("es-ES", "nos vamos de puente a la playa")]
    [TestCase("es-MX", "quita la alarma")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-ES", "cuál es la capital del reino unido", "GB")]
    [TestCase("es-MX", "cuál es la capital de la india", "IN")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
