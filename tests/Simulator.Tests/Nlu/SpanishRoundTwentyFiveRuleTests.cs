using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of round 25's tuning half and of round 24's spent held-back half (interactionModel/README.md,
/// *Round 25 tuning for Spanish (session 24)*), each tried on sentences of our own rather than the corpus lines: the
/// regional fillers "acho" (Murcia), "chacho" (Canarias), "en plan" (Spain), "ta bo"/"bo" (Uruguay), the tag "tú", "sabes
/// qué", the follow-up "la siguiente", the quiz tail "a ver si aciertas" and the old-name tails "como le decían antes" /
/// "que se llamaba antes"; the invocation said as "con/en capitales del mundo"; the reverse "X qué país tiene esa
/// capital", the check "dime si la capital de X es Y", "la capital de X en el norte de Y"; spellings ("Kuait",
/// "Tayiquistán", "Ilinois", "New York", a dropped h: "Aití", "Onduras", "Ungría"), older and everyday names ("Guinea
/// Española", "Formosa", "el Gabacho", "Georgia el país del Cáucaso"), the split "capi tal"; help, stop, cancel and launch
/// wordings; regions and islands that are no countries as not-places; and the neighbours that must still fall back.</summary>
public class SpanishRoundTwentyFiveRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-ES", "acho dime la capital de portugal", "PT", Description = "the filler 'acho' before")]
    [TestCase("es-ES", "y chile acho", "CL", Description = "the filler 'acho' in a follow-up")]
    [TestCase("es-ES", "chacho cuál es la capital de cuba", "CU", Description = "the filler 'chacho'")]
    [TestCase("es-ES", "en plan cuál es la capital de suecia", "SE", Description = "the filler 'en plan'")]
    [TestCase("es-US", "la capital de panamá tú", "PA", Description = "the tag 'tú'")]
    [TestCase("es-US", "ta bo cuál es la capital de uruguay", "UY", Description = "the filler 'ta bo'")]
    [TestCase("es-MX", "sabes qué dime la capital de perú", "PE", Description = "the filler 'sabes qué'")]
    [TestCase("es-MX", "la siguiente polonia", "PL", Description = "the follow-up 'la siguiente'")]
    [TestCase("es-ES", "la capital de noruega a ver si aciertas", "NO", Description = "the quiz tail 'a ver si aciertas'")]
    [TestCase("es-MX", "la capital de siam como le decían antes", "TH", Description = "'como le decían antes'")]
    [TestCase("es-US", "la capital de rodesia que se llamaba antes", "ZW", Description = "'que se llamaba antes'")]
    [TestCase("es-US", "cuál es la capital de kuait", "KW", Description = "the spelling 'Kuait'")]
    [TestCase("es-ES", "la capital de tayiquistán", "TJ", Description = "the spelling 'Tayiquistán'")]
    [TestCase("es-US", "cuál es la capital de ilinois", "US-IL", Description = "the spelling 'Ilinois'")]
    [TestCase("es-US", "la capital de new york", "US-NY", Description = "the English 'New York' is the state")]
    [TestCase("es-MX", "cuál es la capital de onduras", "HN", Description = "a dropped h: 'Onduras'")]
    [TestCase("es-ES", "la capital de ungría", "HU", Description = "a dropped h: 'Ungría'")]
    [TestCase("es-ES", "cuál es la capital de la guinea española", "GQ", Description = "the older 'Guinea Española'")]
    [TestCase("es-MX", "la capital de formosa", "TW", Description = "the older 'Formosa'")]
    [TestCase("es-MX", "cuál es la capital del gabacho", "US", Description = "the everyday 'el Gabacho'")]
    [TestCase("es-ES", "cuál es la capital de georgia el país", "GE", Description = "'Georgia el país'")]
    [TestCase("es-ES", "cuál es la capi tal de italia", "IT", Description = "the split 'capi tal'")]
    [TestCase("es-US", "dime si la capital de texas es dallas", "US-TX", Description = "'dime si la capital de X es Y'")]
    [TestCase("es-US", "la capital de manitoba en el centro de canadá", "CA-MB", Description = "'en el centro de' before the parent")]
    public void A_round_twenty_five_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            LocaleNlu.AssertReadsPlace(locale, utterance, id);
        });
    }

    [TestCase("es-ES", "lima qué país tiene esa capital")]
    [TestCase("es-MX", "caracas cuál país tiene esta capital")]
    public void The_capital_first_then_which_country_is_a_city_question(string locale, string utterance) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo("CityIntent"));

    [TestCase("es-MX", "y qué se le pregunta a la skill", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "es que no me aclaro", "AMAZON.HelpIntent")]
    [TestCase("es-US", "qué tipo de preguntas haces", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "no sé cómo preguntarle", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "venga cierra eso", "AMAZON.StopIntent")]
    [TestCase("es-US", "bueno nos vamos", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya bájale", "AMAZON.StopIntent")]
    [TestCase("es-ES", "vale es todo por hoy", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ay ya chole", "AMAZON.StopIntent")]
    [TestCase("es-ES", "acho terminamos", "AMAZON.StopIntent")]
    [TestCase("es-ES", "chacho ya está bien", "AMAZON.StopIntent")]
    [TestCase("es-US", "bo se acabó", "AMAZON.StopIntent")]
    [TestCase("es-ES", "acho cancela", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "retiro lo dicho", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "ay no era eso", "AMAZON.CancelIntent")]
    [TestCase("es-US", "bórrala que me equivoqué", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "no me hagas caso", "AMAZON.CancelIntent")]
    [TestCase("es-US", "ignóralo porfa", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "olvida lo que he dicho", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string locale, string utterance, string intent) =>
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));

    [TestCase("es-US", "let's play capitales del mundo")]
    [TestCase("es-US", "lets start capitales del mundo")]
    public void Getting_the_skill_going_opens_it(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("es-ES", "con capitales del mundo la capital de grecia", "GR")]
    [TestCase("es-MX", "en capitales del mundo cuál es la capital de bolivia", "BO")]
    public void Asking_with_the_skill_is_a_one_shot_question(string locale, string utterance, string id)
    {
        var form = LocalSkill.NluFor(locale).ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            LocaleNlu.AssertReadsPlace(locale, string.Join(" ", form.RequestTokens.Select(token => token.Text)), id);
        });
    }

    [TestCase("es-ES", "acho pon música")]
    [TestCase("es-ES", "chacho qué hora es")]
    [TestCase("es-ES", "en plan")]
    [TestCase("es-US", "tú")]
    [TestCase("es-US", "ta bo")]
    [TestCase("es-MX", "la siguiente canción")]
    [TestCase("es-ES", "a ver si aciertas")]
    [TestCase("es-MX", "sabes qué hora es")]
    [TestCase("es-ES", "cierra la ventana")]
    [TestCase("es-MX", "bájale a la música")]
    [TestCase("es-MX", "bájale el volumen")]
    [TestCase("es-ES", "borra la lista de la compra")]
    [TestCase("es-US", "ignora la alarma")]
    [TestCase("es-US", "let's play música")]
    [TestCase("es-ES", "cuál es la capital de cerdeña")]
    [TestCase("es-ES", "la capital de la región de murcia")]
    [TestCase("es-ES", "cuál es la capital de la comunidad de madrid")]
    [TestCase("es-US", "cuál es la capital de sudamérica")]
    [TestCase("es-MX", "la capital de la selva")]
    [TestCase("es-ES", "la capital de mallorca")]
    public void Not_a_capital_question_goes_to_fallback(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
