using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 24's tuning half (interactionModel/README.md, *Round 24 tuning for Spanish
/// (session 23)*), each tried on sentences of our own rather than the corpus lines: the fillers "mae" (Costa Rica),
/// "wepa" (Caribbean), "para el basta" (the Mexican word game), "exactamente", "oficial" ("la capital oficial de");
/// the run-together "lacapital", the split "bielo rusia", the English "is it true (que)"; formal and older names
/// ("principado de", "gran ducado de", "reino (hachemita) de", "Abisinia", "la Madre Patria", "Djibouti"); "cuáles
/// capitales tiene X" and "está bien que / es correcto que la capital de X es Y"; help, stop, cancel and launch
/// wordings ("qué se le puede preguntar", "hasta la vista", "ahí muere", "ahí déjale", "prende", "córrele a",
/// "pregunta en"); regions that are no countries as not-places ("la patagonia", "la provincia de X", "la costa ...");
/// and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentyFourRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "mae cuál es la capital de panamá", "PA", Description = "the filler 'mae' before")]
    [TestCase("es-US", "la capital de nicaragua mae", "NI", Description = "the filler 'mae' after")]
    [TestCase("es-US", "wepa dime la capital de cuba", "CU", Description = "the filler 'wepa'")]
    [TestCase("es-MX", "para el basta dime la capital de grecia", "GR", Description = "'para el basta'")]
    [TestCase("es-ES", "cuál es exactamente la capital de australia", "AU", Description = "the filler 'exactamente'")]
    [TestCase("es-MX", "la capital oficial de nigeria", "NG", Description = "'la capital oficial de'")]
    [TestCase("es-ES", "lacapital de perú", "PE", Description = "the run-together 'lacapital'")]
    [TestCase("es-MX", "cuál es la capital de belo rusia", "BY", Description = "the split 'belo rusia'")]
    [TestCase("es-ES", "capital de abisinia", "ET", Description = "the older 'Abisinia'")]
    [TestCase("es-ES", "la capital del principado de mónaco", "MC", Description = "'principado de'")]
    [TestCase("es-ES", "cuál es la capital del principado de andorra", "AD", Description = "'principado de'")]
    [TestCase("es-MX", "la capital del reino de marruecos", "MA", Description = "'reino de'")]
    [TestCase("es-ES", "capital del reino hachemita de jordania", "JO", Description = "'reino hachemita de'")]
    [TestCase("es-ES", "dime la capital del gran ducado de luxemburgo", "LU", Description = "'gran ducado de'")]
    [TestCase("es-US", "cuál es la capital de djibouti", "DJ", Description = "the French spelling 'Djibouti'")]
    [TestCase("es-MX", "la madre patria cuál es su capital", "ES", Description = "the everyday 'la Madre Patria'")]
    [TestCase("es-US", "cuáles capitales tiene bolivia", "BO", Description = "'cuáles capitales tiene'")]
    [TestCase("es-US", "is it true que la capital de japón es tokio", "JP", Description = "the English 'is it true que'")]
    [TestCase("es-MX", "está bien que la capital de canadá es toronto", "CA", Description = "'está bien que'")]
    [TestCase("es-ES", "es correcto que la capital de brasil es brasilia", "BR", Description = "'es correcto que'")]
    public void A_round_twenty_four_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-MX", "qué puedo preguntarle", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "y qué se le puede preguntar a esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "qué opciones hay", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "no sé qué decirle", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "explíqueme por favor", "AMAZON.HelpIntent")]
    [TestCase("es-US", "hasta la vista alexa", "AMAZON.StopIntent")]
    [TestCase("es-ES", "hasta aquí llegamos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "bueno ahí la dejamos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya no quiero seguir", "AMAZON.StopIntent")]
    [TestCase("es-ES", "no quiero seguir jugando", "AMAZON.StopIntent")]
    [TestCase("es-ES", "cierra esto por favor", "AMAZON.StopIntent")]
    [TestCase("es-US", "salte de la aplicación ya", "AMAZON.StopIntent")]
    [TestCase("es-US", "that's it gracias", "AMAZON.StopIntent")]
    [TestCase("es-US", "mae ya basta", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ahí muere la pregunta", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "déjale así", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "no ahí déjale", "AMAZON.CancelIntent")]
    [TestCase("es-US", "cancela mae", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "nada olvida la pregunta", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-US", "córrele a capitales del mundo")]
    [TestCase("es-MX", "prende capitales del mundo por favor")]
    public void Getting_the_skill_going_opens_it(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "pregunta en capitales del mundo la capital de chile", "CL")]
    [TestCase("es-MX", "pregúntale en capitales del mundo cuál es la capital de cuba", "CU")]
    public void Asking_in_the_skill_is_a_one_shot_question(string locale, string utterance, string id)
    {
        var form = LocalSkill.NluFor(locale).ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            LocaleNlu.AssertReadsPlace(locale, string.Join(" ", form.RequestTokens.Select(token => token.Text)), id);
        });
    }

    [TestCase("es-US", "mae pon música")]
    [TestCase("es-US", "wepa qué hora es")]
    [TestCase("es-US", "mae")]
    [TestCase("es-ES", "exactamente")]
    [TestCase("es-MX", "para el basta una fruta con la m")]
    [TestCase("es-MX", "prende la luz")]
    [TestCase("es-MX", "prende la tele")]
    [TestCase("es-MX", "préndele al ventilador")]
    [TestCase("es-MX", "córrele a la tienda")]
    [TestCase("es-ES", "cierra la puerta")]
    [TestCase("es-MX", "salte de la piscina")]
    [TestCase("es-ES", "no quiero seguir con la música")]
    [TestCase("es-MX", "ahí la dejamos en la mesa")]
    [TestCase("es-MX", "ahí muere el protagonista")]
    [TestCase("es-MX", "déjale un mensaje a mamá")]
    [TestCase("es-MX", "déjale la luz prendida")]
    [TestCase("es-US", "qué opciones hay para cenar")]
    [TestCase("es-US", "qué opciones hay de vuelos a madrid")]
    [TestCase("es-ES", "qué se le puede preguntar a google")]
    [TestCase("es-ES", "no sé qué decirte de la película")]
    [TestCase("es-US", "is it true")]
    [TestCase("es-MX", "está bien que llueva")]
    [TestCase("es-ES", "la capital oficial de la moda")]
    [TestCase("es-US", "cuál es la capital de la patagonia")]
    [TestCase("es-ES", "la capital de escandinavia")]
    [TestCase("es-ES", "cuál es la capital de cataluña")]
    [TestCase("es-ES", "la capital de la provincia de jaén")]
    [TestCase("es-ES", "cuál es la capital de la costa brava")]
    [TestCase("es-US", "cuál es la capital del country")]
    [TestCase("es-MX", "la capital de wakanda")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
