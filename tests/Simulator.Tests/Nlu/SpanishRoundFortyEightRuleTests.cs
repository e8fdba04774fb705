using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 48's tuning half (session 56's section *Round 48 tuning for Spanish (session
/// 56)*), each tried on sentences of our own rather than the corpus lines: calls, thanks and hesitations of Spanish
/// speakers from Brazilian, Moroccan, French, Punjabi, Filipino, Polish and Mennonite homes and of soldiers ("nossa",
/// "mesmo", "khoya", "yalla", "ouais", "du coup", "acha", "haan ji", "kabayan", "dziękuję", "tak tak", "daunkscheen",
/// "roger that"); tails "el país" / "el estado" / "el land" after a place named inside a longer
/// clause, "como se decía antes", "y nadie se la sabía", "en el examen", "que voy de paso"; letter games ("empieza por p",
/// "basta con la m", "en pasapalabra"); "de ese lugar / ese sitio" after a place; English "capital of"; reverse "de qué
/// isla es capital"; stop "finaliza", "apágalo", "se acabó el juego"; cancel "no te he llamado"; help "cómo iba esto",
/// "cómo funcionaba esto"; launch "para la tarea de mi hija", "que vamos a jugar basta"; and the neighbours that must
/// still fall back.</summary>
public class SpanishRoundFortyEightRuleTests
{
    [TestCase("es-ES", "alexa nossa cuál es la capital de chile", "CL")]
    [TestCase("es-US", "alexa olha só la capital de perú", "PE")]
    [TestCase("es-ES", "alexa cuál es la capital de bahía mesmo", "BR-BA")]
    [TestCase("es-ES", "alexa gente cuál es la capital de ecuador", "EC")]
    [TestCase("es-ES", "alexa khoya la capital de egipto", "EG")]
    [TestCase("es-ES", "alexa wakha y la capital de túnez", "TN")]
    [TestCase("es-ES", "alexa ouais la capital de bélgica", "BE")]
    [TestCase("es-ES", "alexa du coup cuál es la capital de suiza", "CH")]
    [TestCase("es-ES", "alexa acha cuál es la capital de nepal", "NP")]
    [TestCase("es-US", "alexa haan ji la capital de la india", "IN")]
    [TestCase("es-US", "alexa kabayan la capital de filipinas", "PH")]
    [TestCase("es-ES", "alexa dziękuję la capital de polonia", "PL")]
    [TestCase("es-ES", "alexa tak tak y la capital de lituania", "LT")]
    [TestCase("es-MX", "alexa daunkscheen la capital de alemania", "DE")]
    [TestCase("es-US", "alexa copy that la capital de corea del sur", "KR")]
    [TestCase("es-MX", "alexa yaar cuál es la capital de cuba", "CU")]
    [TestCase("es-ES", "alexa la capital de birmania como se decía antes", "MM")]
    [TestCase("es-MX", "alexa el profe preguntó la capital de mongolia y nadie se la sabía", "MN")]
    [TestCase("es-ES", "alexa la maestra ha puesto la capital de eslovenia en el examen", "SI")]
    [TestCase("es-MX", "alexa dime la capital de guatemala el país que voy de paso", "GT")]
    [TestCase("es-US", "alexa para la presentación necesito la capital de perú el país", "PE")]
    [TestCase("es-US", "alexa entre juego y juego cuál es la capital de grecia el país", "GR")]
    [TestCase("es-MX", "alexa y la de su vecino chad el país", "TD")]
    [TestCase("es-ES", "alexa ahora dime la de egipto el país porfa", "EG")]
    [TestCase("es-US", "alexa antes de la junta quiero saber la capital de utah el estado", "US-UT")]
    [TestCase("es-MX", "alexa me dejaron de tarea la capital de durango el estado", "MX-DUR")]
    [TestCase("es-US", "alexa la capital de georgia el país", "GE")]
    [TestCase("es-US", "alexa la capital de georgia el estado", "US-GA")]
    [TestCase("es-MX", "alexa la capital de méxico el estado", "MX-MEX")]
    [TestCase("es-MX", "alexa la capital de méxico el país", "MX")]
    [TestCase("es-US", "alexa la capital de washington el estado", "US-WA")]
    [TestCase("es-ES", "alexa la capital de baviera el land del sur", "DE-BY")]
    [TestCase("es-ES", "alexa en pasapalabra empieza por p la capital de portugal", "PT")]
    [TestCase("es-MX", "alexa empieza con la c la capital de colombia", "CO")]
    [TestCase("es-MX", "alexa basta con la m la capital de marruecos", "MA")]
    [TestCase("es-MX", "alexa mis primos son de jamaica cuál es la capital de ese lugar", "JM")]
    [TestCase("es-US", "alexa for my homework cuál es la capital of peru", "PE")]
    public void A_round_forty_eight_family_reads_the_place(string locale, string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(locale, utterance, id);

    [TestCase("es-US", "alexa de qué isla es capital puerto españa")]
    public void A_reverse_question_about_an_island_is_a_city_question(string locale, string utterance) =>
        LocaleNlu.AssertIntent(locale, utterance, "CityIntent");

    [TestCase("es-ES", "alexa gente cancela", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa olvida isso", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa safi cancela", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa sige cancela", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa roger that cancel", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "alexa bhai olvídalo", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "alexa no te he llamado", "AMAZON.CancelIntent")]
    [TestCase("es-US", "alexa obrigada para", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa yalla para ya", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa merci ya está", "AMAZON.StopIntent")]
    [TestCase("es-ES", "alexa dobra para", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa finaliza ya", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa ya apágalo", "AMAZON.StopIntent")]
    [TestCase("es-MX", "alexa se acabó el juego", "AMAZON.StopIntent")]
    [TestCase("es-US", "alexa yaar cómo funciona esto", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "alexa oye cómo iba esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "alexa cómo funcionaba esto", "AMAZON.HelpIntent")]
    public void A_round_forty_eight_built_in_family_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("es-MX", "alexa abre capitales del mundo para la tarea de mi hija")]
    [TestCase("es-MX", "alexa abre capitales del mundo que vamos a jugar basta")]
    public void A_launch_with_a_reason_around_it_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "alexa cuál es la capital de la liga española")]
    [TestCase("es-ES", "alexa yalla dime la capital de la cabilia")]
    [TestCase("es-ES", "alexa quién ganó la champions")]
    [TestCase("es-MX", "alexa cuánta gente vive en lima")]
    [TestCase("es-US", "alexa apágalo la luz de la cocina")]
    [TestCase("es-MX", "alexa finaliza la llamada")]
    [TestCase("es-MX", "alexa se acabó la leche")]
    [TestCase("es-MX", "alexa cómo era esto de la receta")]
    [TestCase("es-ES", "alexa khoya pon música")]
    [TestCase("es-ES", "alexa ouais pon la radio")]
    [TestCase("es-ES", "alexa tak tak qué hora es")]
    [TestCase("es-US", "alexa roger that pon el temporizador")]
    [TestCase("es-MX", "alexa cuál es el estado del tiempo")]
    [TestCase("es-MX", "alexa cómo está el país")]
    [TestCase("es-ES", "alexa empieza por la a una palabra")]
    [TestCase("es-MX", "alexa qué pasó en el examen de admisión")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
