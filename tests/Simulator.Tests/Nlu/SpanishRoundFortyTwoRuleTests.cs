using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 42's tuning half (interactionModel/README.md, *Round 42 tuning for Spanish
/// (session 46)*), each tried on sentences of our own rather than the corpus lines: the tails that name a state's country
/// or region ("en la india", "in india", "en el norte de la india", "que es territorio de la india", "en new england / nueva
/// inglaterra"); "castilla" said for the Spanish language ("poquito castilla") and "(yo) hablo tsotsil / mixteco / zapoteco
/// ..."; the question lead "tengo (un) examen de"; the reverse question "dónde está / queda la capital que se llama X";
/// "tiene capital X" as the question; stop "déjalo ya"; help "no sé cómo usarte", "qué cosas te puedo preguntar", "cómo
/// funciona this"; the Nasrid kingdom, the Caliphate of Córdoba, the seas, the Confederacy and Puerto Rico's islands
/// Vieques and Culebra as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundFortyTwoRuleTests
{
    [TestCase("es-US", "cuál es la capital de kerala en la india", "IN-KL")]
    [TestCase("es-US", "la capital de assam in india", "IN-AS")]
    [TestCase("es-ES", "dime la capital de sikkim en el norte de la india", "IN-SK")]
    [TestCase("es-US", "la capital de maine en new england", "US-ME")]
    [TestCase("es-US", "cuál es la capital de connecticut en nueva inglaterra", "US-CT")]
    [TestCase("es-MX", "yo hablo mixteco y poquito castilla cuál es la capital de honduras", "HN")]
    [TestCase("es-MX", "hablo zapoteco la capital de belice cuál es", "BZ")]
    [TestCase("es-MX", "mañana tengo examen de la capital de kenia", "KE")]
    [TestCase("es-MX", "soy estudiante en puebla y tengo un examen de la capital de perú", "PE")]
    [TestCase("es-ES", "tiene capital groenlandia", "GL")]
    [TestCase("es-ES", "tiene capital antártida", "AQ")]
    [TestCase("es-ES", "tiene capital el sáhara occidental", "EH")]
    [TestCase("es-ES", "tiene capital las islas malvinas", "FK")]
    public void A_round_forty_two_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "dónde está la capital que se llama lima", "lima")]
    [TestCase("es-MX", "dónde queda la capital que se llama nairobi", "nairobi")]
    public void The_capital_that_is_called_reads_the_city(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsCity(locale, utterance, id);

    [TestCase("es-ES", "déjalo ya por favor", "AMAZON.StopIntent")]
    [TestCase("es-ES", "déjalo", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "déjalo así ya", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "no sé cómo usarte la verdad", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "qué cosas te puedo preguntar", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "qué cosas te puedo preguntar de países", "AMAZON.HelpIntent")]
    [TestCase("es-US", "cómo funciona this skill", "AMAZON.HelpIntent")]
    public void A_round_forty_two_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-US", "cuántos habitantes hay en la india")]
    [TestCase("es-US", "pon música de new england")]
    [TestCase("es-MX", "yo hablo náhuatl")]
    [TestCase("es-MX", "tengo examen de matemáticas")]
    [TestCase("es-ES", "dónde está la tienda que se llama zara")]
    [TestCase("es-ES", "la empresa tiene capital")]
    [TestCase("es-ES", "mi banco tiene capital suficiente")]
    [TestCase("es-ES", "tiene capital social la empresa")]
    [TestCase("es-ES", "cuál es la capital del califato de córdoba")]
    [TestCase("es-ES", "cuál es la capital del reino nazarí")]
    [TestCase("es-ES", "cuál es la capital del mar mediterráneo")]
    [TestCase("es-US", "what's the capital of the confederate states")]
    [TestCase("es-US", "cuál es la capital de la isla de culebra")]
    [TestCase("es-MX", "no sé cómo usarte la lavadora")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
