using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 27's tuning half (/work/s26/sections/tune-es.md, *Round 27 tuning for Spanish
/// (session 26)*), each tried on sentences of our own rather than the corpus lines: the fillers "por favorcito", "ajá",
/// "chamaco"/"chamaca", "mare", "el cacharro este" / "el aparato este", "tengo tarea de" / "tiene homework de", "mi
/// español no es bueno", "que no la sé" / "que no me acuerdo", the tags "sí o qué" / "sí o no", "ahorita te pregunto
/// otra"; the Portuguese "qual é a" read as "cuál es la"; "de su país" as a place reference; "hotel" in a clause only as a
/// hotel question; help ("cómo le pregunto") and stop ("basta por hoy") wordings; Cuban and Basque provinces, Italian
/// regions, "pecado", "mole", "imperio", "miami" as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentySevenRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-MX", "dime la capital de perú por favorcito", "PE", Description = "the filler 'por favorcito'")]
    [TestCase("es-MX", "ajá y la de nicaragua", "NI", Description = "the filler 'ajá' before a fragment")]
    [TestCase("es-MX", "chamaco cuál es la capital de panamá", "PA", Description = "the filler 'chamaco'")]
    [TestCase("es-ES", "a ver el cacharro este cuál es la capital de grecia", "GR", Description = "'el cacharro este'")]
    [TestCase("es-US", "tengo tarea sobre la capital de kenia", "KE", Description = "'tengo tarea sobre'")]
    [TestCase("es-US", "mi hija tiene tarea de la capital de mongolia", "MN", Description = "'tiene tarea de'")]
    [TestCase("es-US", "perdón mi español no es muy bueno cuál es la capital de finlandia", "FI", Description = "'mi español no es muy bueno'")]
    [TestCase("es-ES", "dime la capital de islandia que no me acuerdo", "IS", Description = "the trailing 'que no me acuerdo'")]
    [TestCase("es-MX", "la capital de bolivia que no me la sé", "BO", Description = "the trailing 'que no me la sé'")]
    [TestCase("es-ES", "lima es la capital de perú sí o no", "PE", Description = "the tag 'sí o no'")]
    [TestCase("es-US", "qual é a capital de angola", "AO", Description = "the Portuguese 'qual é a'")]
    [TestCase("es-MX", "la capital de chile y luego te pregunto otra", "CL", Description = "'luego te pregunto otra'")]
    [TestCase("es-ES", "mi vecino es de noruega y no sabe la capital de su país", "NO", Description = "'de su país' as a place reference")]
    [TestCase("es-ES", "el portero del hotel quiere saber la capital de polonia", "PL", Description = "'hotel' as no hotel question")]
    public void A_round_twenty_seven_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-MX", "ayúdame por favorcito", "AMAZON.HelpIntent")]
    [TestCase("es-US", "oye cómo te pregunto una capital", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "y cómo funciona esta cosa", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "vale basta por hoy", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya basta por hoy chamaca", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya estuvo mare", "AMAZON.StopIntent")]
    [TestCase("es-MX", "cancela por favorcito", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-US", "cuál es la capital de miami")]
    [TestCase("es-US", "la capital de la provincia de holguín")]
    [TestCase("es-ES", "cuál es la capital de vizcaya")]
    [TestCase("es-ES", "dime la capital de álava")]
    [TestCase("es-ES", "cuál es la capital de la lombardía")]
    [TestCase("es-ES", "la capital del pecado")]
    [TestCase("es-MX", "la capital del mole poblano")]
    [TestCase("es-US", "cuál era la capital del imperio inca")]
    [TestCase("es-MX", "cuál era la capital de los aztecas")]
    [TestCase("es-ES", "busca un hotel en la capital de italia")]
    [TestCase("es-MX", "ajá pon música")]
    [TestCase("es-MX", "chamaco apaga la luz")]
    [TestCase("es-US", "tengo tarea de matemáticas")]
    [TestCase("es-ES", "el cacharro este no funciona")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
