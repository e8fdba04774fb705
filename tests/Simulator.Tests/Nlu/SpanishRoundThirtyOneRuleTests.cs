using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 31's tuning half (/work/s31/sections/tune-es.md, *Round 31 tuning for Spanish
/// (session 31)*), each tried on sentences of our own rather than the corpus lines: leads into the question after a scene
/// ("y la pregunta es", "nos entró la duda de", "nos peleamos por", "el profe habló de", "le ha dado por", "apostamos a");
/// a place said in the scene and then "me pregunta / quiero saber la capital"; the trailing "y no la recuerdo", "y me quedé
/// en blanco", "no la otra"; the spoken "cuála"; "por favor" after the invocation name;
/// regions, provinces and figurative nouns as not-places ("los pirineos", "la provincia de cádiz", "el
/// tabaco"); and the neighbours that must still fall back.</summary>
public class SpanishRoundThirtyOneRuleTests
{
    [TestCase("es-ES", "estamos de cena en casa de mi suegra y la pregunta es la capital de noruega", "NO", Description = "the lead 'la pregunta es'")]
    [TestCase("es-ES", "volviendo del pueblo nos entró la duda de la capital de polonia", "PL", Description = "the lead 'la duda de'")]
    [TestCase("es-US", "mis primos y yo nos peleamos por la capital de honduras", "HN", Description = "the lead 'nos peleamos por'")]
    [TestCase("es-MX", "en la clase el profe habló de la capital de turquía", "TR", Description = "the lead 'habló de'")]
    [TestCase("es-ES", "a mi abuela le ha dado por la capital de islandia", "IS", Description = "the lead 'le ha dado por'")]
    [TestCase("es-US", "en el trabajo apostamos a la capital de australia", "AU", Description = "the lead 'apostamos a'")]
    [TestCase("es-ES", "mi vecino se va de viaje a kenia y me pregunta la capital", "KE", Description = "a place in the scene, then 'me pregunta la capital'")]
    [TestCase("es-MX", "estoy viendo un documental de mongolia y quiero saber la capital", "MN", Description = "a place in the scene, then 'quiero saber la capital'")]
    [TestCase("es-US", "la capital de perú y no la recuerdo", "PE", Description = "the trailing 'y no la recuerdo'")]
    [TestCase("es-MX", "me preguntaron la capital de chile y me quedé en blanco", "CL", Description = "the trailing 'y me quedé en blanco'")]
    [TestCase("es-MX", "la capital de sudán del sur no el otro", "SS", Description = "the trailing 'no el otro'")]
    [TestCase("es-ES", "en el recreo a la hora del bocadillo cuál es la capital de kenia", "KE", Description = "'a la hora del' read as 'en el', not a question of the time")]
    [TestCase("es-US", "estaba pensando en la capital de jamaica", "JM", Description = "the lead 'pensando en'")]
    [TestCase("es-ES", "en la sobremesa salió el tema de la capital de escocia", "GB-SCT", Description = "the lead 'salió el tema de'")]
    [TestCase("es-ES", "cuála es la capital de portugal", "PT", Description = "the spoken 'cuála'")]
    public void A_round_thirty_one_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "alexa capitales del mundo por favor")]
    [TestCase("es-MX", "capitales del mundo por fa")]
    public void The_name_with_please_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de los pirineos")]
    [TestCase("es-ES", "cuál es la capital de la provincia de cádiz")]
    [TestCase("es-US", "cuál es la capital del medio oeste")]
    [TestCase("es-US", "cuál es la capital del tabaco")]
    [TestCase("es-MX", "cuál es la capital de los vikingos")]
    [TestCase("es-ES", "la capital de la península ibérica")]
    [TestCase("es-ES", "la pregunta es qué hora es")]
    [TestCase("es-MX", "a la hora de la comida pon música")]
    [TestCase("es-US", "estaba pensando en la capital de mi cuenta")]
    [TestCase("es-US", "nos peleamos por el control de la tele")]
    [TestCase("es-MX", "mi vecino se va de viaje a kenia y me pregunta qué tiempo hace")]
    [TestCase("es-MX", "cuál es la capital del valle")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-US", "cuál es la capital de los estados unidos", "US")]
    [TestCase("es-ES", "cuál es la capital de granada", "GD")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
