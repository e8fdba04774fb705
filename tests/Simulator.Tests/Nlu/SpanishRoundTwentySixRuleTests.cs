using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 26's tuning half (/work/wt/sections31/tune-es.md, *Round 26 tuning for Spanish
/// (session 25)*), each tried on sentences of our own rather than the corpus lines: the address and interjection fillers
/// "nene", "maja"/"majo", "ñaño"/"ñaña" (Ecuador), "ea" (Andalucía), "pos" (México), "oyes"; the ASR mishearing "la
/// capitán"; help ("y esto cómo se usa", "échame una mano", "no sé usar esto") and stop ("salte de capitales del mundo")
/// wordings; counties, municipalities, Spanish provinces, US and Mexican cities the data lacks and fictional or animal
/// names as not-places; Spanish regions and provinces ("Aragón", "Cantabria", "La Rioja", "Murcia") as not-places;
/// "capital cultural/financiera/gastronómica" as another sense of "capital"; the repair "me hice bolas"; "vive" and
/// "lengua" in a clause only as "vive en" and as a language question; "la capital de la provincia de X cuál es" and "qué
/// capital tiene la provincia de X"; more help, stop and cancel wordings ("échame un cable", "corta ya", "ni me digas",
/// "olvida lo que te pedí"); and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentySixRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-ES", "nene dime la capital de portugal", "PT", Description = "the filler 'nene'")]
    [TestCase("es-ES", "cuál es la capital de austria maja", "AT", Description = "the filler 'maja'")]
    [TestCase("es-ES", "majo y la capital de suiza", "CH", Description = "the filler 'majo'")]
    [TestCase("es-US", "ñaño cuál es la capital de ecuador", "EC", Description = "the filler 'ñaño'")]
    [TestCase("es-US", "la capital de colombia ñaña", "CO", Description = "the filler 'ñaña'")]
    [TestCase("es-ES", "ea dime la capital de marruecos", "MA", Description = "the filler 'ea'")]
    [TestCase("es-MX", "pos cuál es la capital de honduras", "HN", Description = "the filler 'pos'")]
    [TestCase("es-MX", "oyes cuál es la capital de guatemala", "GT", Description = "the filler 'oyes'")]
    [TestCase("es-ES", "cuál es la capitán de hungría", "HU", Description = "the mishearing 'la capitán'")]
    [TestCase("es-ES", "maño dime la capital de argelia", "DZ", Description = "the filler 'maño'")]
    [TestCase("es-MX", "la capital de sonora no me hice bolas de sinaloa", "MX-SIN", Description = "the repair 'me hice bolas'")]
    [TestCase("es-ES", "la capital de bélgica cuál es que mi cuñado vive allí", "BE", Description = "'vive' in a clause of the speaker's situation")]
    [TestCase("es-ES", "dime la capital de nepal que la tengo en la punta de la lengua", "NP", Description = "'en la punta de la lengua' is no language question")]
    [TestCase("es-US", "la capital de la provincia de manitoba cuál es", "CA-MB", Description = "'la capital de la provincia de X cuál es'")]
    [TestCase("es-MX", "qué capital tiene la provincia de quebec", "CA-QC", Description = "'qué capital tiene la provincia de X'")]
    public void A_round_twenty_six_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "oye y esto cómo se usa", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "pos échame una mano", "AMAZON.HelpIntent")]
    [TestCase("es-US", "ñaño no sé usar esto", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "ea y esto cómo funciona", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "salte de capitales del mundo por favor", "AMAZON.StopIntent")]
    [TestCase("es-US", "ya salte del juego", "AMAZON.StopIntent")]
    [TestCase("es-US", "ya basta ñaña", "AMAZON.StopIntent")]
    [TestCase("es-ES", "déjalo majo", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "ea cancela", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "mejor ni me digas", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "olvida lo que te pedí", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "oye me echas una mano", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "échame un cable anda", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "corta ya maña", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-ES", "ea abre capitales del mundo")]
    [TestCase("es-MX", "pos inicia capitales del mundo")]
    public void Opening_the_skill_with_a_filler_is_a_launch(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-US", "cuál es la capital del condado de orange")]
    [TestCase("es-MX", "la capital del municipio de tijuana")]
    [TestCase("es-MX", "cuál es la capital del ejido la joya")]
    [TestCase("es-ES", "cuál es la capital de cáceres")]
    [TestCase("es-ES", "la capital de la provincia de badajoz")]
    [TestCase("es-US", "dime la capital de tucson")]
    [TestCase("es-MX", "cuál es la capital de ensenada")]
    [TestCase("es-US", "la capital de gotham city")]
    [TestCase("es-ES", "cuál es la capital del salmón noruego")]
    [TestCase("es-US", "dónde queda el lago titicaca")]
    [TestCase("es-ES", "dime la capital de la provincia de navarra")]
    [TestCase("es-ES", "y la capital de cantabria")]
    [TestCase("es-ES", "cuál es la capital de aragón")]
    [TestCase("es-ES", "la capital de castilla")]
    [TestCase("es-ES", "cuál es la capital cultural de méxico")]
    [TestCase("es-US", "la capital financiera de estados unidos")]
    [TestCase("es-ES", "qué lengua se habla en la capital de suiza")]
    [TestCase("es-US", "cuánta gente vive en la capital de chile")]
    [TestCase("es-MX", "corta el pastel")]
    [TestCase("es-ES", "nene pon música")]
    [TestCase("es-US", "ñaño enciende la luz")]
    [TestCase("es-ES", "ea")]
    [TestCase("es-ES", "el capitán de barco")]
    [TestCase("es-US", "salte de la cocina")]
    [TestCase("es-MX", "échame una mano con la tarea de química")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
