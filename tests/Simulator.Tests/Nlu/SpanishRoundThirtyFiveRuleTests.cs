using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 35's tuning half (/work/s36/sections/tune-es.md, *Round 35 tuning for Spanish
/// (session 36)*), each tried on sentences of our own rather than the corpus lines: nationality words naming a place ("un
/// cliente peruano", "la capital chilena"); the vocatives "nen", "pisha", "compay", "maje"; the repairs "ay no que es" and
/// "no maje"; the tails "cuando puedas", "para el crucigrama", "dímelo tú", "la que tiene el gobierno", "esa que salía en
/// el telediario", "de donde eran mis abuelos"; the clause after a question opened by "que mi" / "de donde"; "granada la
/// isla", "georgia the state"; "y luego la de"; "las capitales que tiene"; the lead "salió la discusión de"; a restaurant,
/// an airport or a flight named as the scene rather than asked about; help "de qué va esto", "cómo es que funciona"; stop
/// "chitón", "ya vale de capitales"; launch "capitales del mundo que le gusta a la abuela"; historic and regional names as not-places; and the
/// neighbours that must still fall back.</summary>
public class SpanishRoundThirtyFiveRuleTests
{
    [TestCase("es-MX", "un cliente peruano quiere saber la capital", "PE", Description = "a nationality word")]
    [TestCase("es-ES", "cuál es la capital chilena", "CL", Description = "a nationality word after 'capital'")]
    [TestCase("es-US", "mi vecina es salvadoreña y no sabe la capital", "SV", Description = "a feminine nationality word")]
    [TestCase("es-ES", "nen dime la capital de letonia", "LV", Description = "the vocative 'nen'")]
    [TestCase("es-ES", "pisha cuál es la capital de grecia", "GR", Description = "the vocative 'pisha'")]
    [TestCase("es-US", "compay dime la capital de jamaica", "JM", Description = "the vocative 'compay'")]
    [TestCase("es-US", "la capital de guatemala no maje de honduras", "HN", Description = "a repair 'no maje'")]
    [TestCase("es-ES", "la capital de suecia ay no que es de finlandia", "FI", Description = "a repair 'ay no que es'")]
    [TestCase("es-ES", "cuando puedas me dices la capital de laos", "LA", Description = "the tail 'cuando puedas'")]
    [TestCase("es-MX", "dame la capital de ghana para el crucigrama", "GH", Description = "the tail 'para el crucigrama'")]
    [TestCase("es-ES", "la capital de túnez dímelo tú", "TN", Description = "the tail 'dímelo tú'")]
    [TestCase("es-US", "la capital de sudáfrica la que tiene el gobierno", "ZA", Description = "the tail 'la que tiene el gobierno'")]
    [TestCase("es-ES", "la capital de mali esa que sale en las noticias", "ML", Description = "the tail 'esa que sale en las noticias'")]
    [TestCase("es-MX", "la capital de italia de donde eran mis bisabuelos", "IT", Description = "the tail 'de donde eran mis bisabuelos'")]
    [TestCase("es-US", "la capital de panamá que mi primo vive allá", "PA", Description = "a clause opened by 'que mi'")]
    [TestCase("es-MX", "el profe pregunta la capital de granada la isla", "GD", Description = "'granada la isla'")]
    [TestCase("es-US", "what is la capital de georgia the state", "US-GA", Description = "'georgia the state'")]
    [TestCase("es-US", "y luego la de haití", "HT", Description = "'y luego la de'")]
    [TestCase("es-ES", "dime las capitales que tiene bolivia", "BO", Description = "'las capitales que tiene'")]
    [TestCase("es-US", "en la barbería salió la discusión de la capital de perú", "PE", Description = "the lead 'salió la discusión de'")]
    [TestCase("es-US", "en la cocina del restaurante el cocinero pregunta la capital de ohio", "US-OH", Description = "a restaurant as the scene")]
    [TestCase("es-ES", "en el aeropuerto esperando el vuelo mi jefe pregunta la capital de kenia", "KE", Description = "an airport and a flight as the scene")]
    public void A_round_thirty_five_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-ES", "de qué va esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "cómo es que funciona este juego", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "cómo se usa esto nen", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "chitón", "AMAZON.StopIntent")]
    [TestCase("es-ES", "ya vale de capitales", "AMAZON.StopIntent")]
    public void A_round_thirty_five_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-ES", "ponme capitales del mundo que nos gusta")]
    [TestCase("es-ES", "abre capitales del mundo que le gusta a la abuela")]
    public void The_name_with_who_likes_it_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "cuál es la capital de al-ándalus")]
    [TestCase("es-MX", "dime la capital de la nueva españa")]
    [TestCase("es-MX", "cuál es la capital de mesoamérica")]
    [TestCase("es-US", "cuál es la capital de olancho")]
    [TestCase("es-ES", "la capital de las islas baleares")]
    [TestCase("es-US", "la capital del departamento de santa ana")]
    [TestCase("es-US", "cuál es la capital de las baleares")]
    [TestCase("es-MX", "la capital de la gran colombia")]
    [TestCase("es-US", "recomiéndame un restaurante en la capital de perú")]
    [TestCase("es-ES", "busca un vuelo a la capital de kenia")]
    [TestCase("es-ES", "pon la música que le gusta al abuelo")]
    [TestCase("es-ES", "de qué va la película")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);

    [TestCase("es-US", "cuál es la capital de el salvador", "SV")]
    [TestCase("es-MX", "cuál es la capital de colombia", "CO")]
    [TestCase("es-ES", "la capital de españa", "ES")]
    [TestCase("es-US", "cuál es la capital de carolina del sur", "US-SC")]
    public void A_nearby_real_place_still_reads(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);
}
