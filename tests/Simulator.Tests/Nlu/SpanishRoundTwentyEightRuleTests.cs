using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 28's tuning half (/work/s27/sections/tune-es.md, *Round 28 tuning for Spanish
/// (session 27)*), each tried on sentences of our own rather than the corpus lines: the fillers "ya que estás", "y te dejo
/// en paz", the tag "a que sí", the trailing "que no la encuentro", the purpose "para el examen / para la tarea"; the
/// question leads "hablamos de" / "estamos hablando de"; "cuál es capital de" / "cómo se llama capital de" without the
/// article read as with it; the Italian "capitale di" and the ASR split "casa jistán"; help ("no me entero", "qué
/// preguntas le puedo hacer"), stop ("salir de", "fuera") and cancel ("deja deja") wordings;
/// "cacao", "pulpo", "manhattan", "sierra madre", "ribeira sacra", "nación purépecha", "mi cuenta" as not-places; and
/// the neighbours that must still fall back.</summary>
public class SpanishRoundTwentyEightRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "ya que estás dime la de honduras", "HN", Description = "the filler 'ya que estás'")]
    [TestCase("es-MX", "y ya que estamos la capital de uruguay", "UY", Description = "the filler 'y ya que estamos'")]
    [TestCase("es-ES", "dime la capital de letonia y te dejo en paz", "LV", Description = "the trailing 'y te dejo en paz'")]
    [TestCase("es-ES", "atenas es la capital de grecia a que sí", "GR", Description = "the tag 'a que sí'")]
    [TestCase("es-ES", "la capital de mongolia que no la encuentro", "MN", Description = "the trailing 'que no la encuentro'")]
    [TestCase("es-US", "cuál es la capital de oregón para el examen", "US-OR", Description = "the purpose 'para el examen'")]
    [TestCase("es-US", "la capital de nevada para la tarea", "US-NV", Description = "the purpose 'para la tarea'")]
    [TestCase("es-MX", "en el recreo hablamos de la capital de egipto", "EG", Description = "the lead 'hablamos de'")]
    [TestCase("es-ES", "estábamos hablando de la capital de croacia", "HR", Description = "the lead 'estábamos hablando de'")]
    [TestCase("es-ES", "oye cuál es capital de austria", "AT", Description = "'cuál es capital' without the article")]
    [TestCase("es-ES", "cómo se llama capital de bélgica", "BE", Description = "'cómo se llama capital' without the article")]
    [TestCase("es-ES", "cuál es la capitale di francia", "FR", Description = "the Italian 'capitale di'")]
    [TestCase("es-US", "dime la capital de casa jistán", "KZ", Description = "the ASR split 'casa jistán'")]
    public void A_round_twenty_eight_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "oye no me entero de nada", "AMAZON.HelpIntent")]
    [TestCase("es-US", "qué preguntas te puedo hacer", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "y ahora qué le tengo que decir", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "salir de la aplicación ya", "AMAZON.StopIntent")]
    [TestCase("es-ES", "venga fuera", "AMAZON.StopIntent")]
    [TestCase("es-ES", "deja deja da igual", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-MX", "la capital mundial del cacao")]
    [TestCase("es-MX", "cuál es la capital del cacao")]
    [TestCase("es-ES", "la capital del pulpo a feira")]
    [TestCase("es-US", "cuál es la capital de manhattan")]
    [TestCase("es-MX", "cuál es la capital de la sierra madre occidental")]
    [TestCase("es-ES", "cuál es la capital de la ribeira sacra")]
    [TestCase("es-MX", "cuál es la capital de la nación purépecha")]
    [TestCase("es-US", "cuál es el capital de mi cuenta")]
    [TestCase("es-ES", "hablamos de fútbol")]
    [TestCase("es-ES", "ya que estás pon música")]
    [TestCase("es-US", "tengo un examen para el examen")]
    [TestCase("es-ES", "fuera de aquí el perro")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
