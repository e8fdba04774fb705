using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for Spanish*), each tested with sentences of its kind that no corpus has: a capital question with a
/// clause of the speaker's situation around it (ClauseWords.es.json: driving, cooking, homework, quizzes, crosswords, news);
/// a question that begins after a context clause (the new questionWords: cuál, cómo, dime, decime, sabes ...); regional
/// fillers (Andalusian, Galician, Cuban, Central American, Mexican, Spain's colloquial and formal address); a place named in
/// a clause and then referred to ("allí", "de ese país", a bare "capital"); former place names; yes/no checks with a
/// guessed city; "cuál viene siendo"; repairs; help, stop and cancel wordings; a launch in other words
/// (LaunchWording.es.json); and the out-of-domain neighbours that must still fall back.</summary>
public class SpanishRoundNineteenRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-ES", "estoy aparcando dime la capital de portugal", "PT")]
    [TestCase("es-MX", "voy manejando a casa cuál es la capital de chile", "CL")]
    [TestCase("es-US", "mientras hierve el agua cuál es la capital de grecia", "GR")]
    [TestCase("es-ES", "estoy haciendo la cena dime la capital de austria", "AT")]
    [TestCase("es-MX", "mi hijo tiene tarea de geografía cuál es la capital de kenia", "KE")]
    [TestCase("es-ES", "mañana tengo examen de sociales dime la capital de letonia", "LV")]
    [TestCase("es-US", "para mi project de la escuela cuál es la capital de haití", "HT")]
    [TestCase("es-ES", "estamos jugando al trivial dime la capital de noruega", "NO")]
    [TestCase("es-ES", "en el crucigrama me pide la capital de perú con cuatro letras", "PE")]
    [TestCase("es-MX", "salió en las noticias de la noche cuál es la capital de ucrania", "UA")]
    [TestCase("es-ES", "quillo dime la capital de hungría", "HU")]
    [TestCase("es-ES", "ozú cuál es la capital de chipre", "CY")]
    [TestCase("es-ES", "neno dime la capital de polonia ho", "PL")]
    [TestCase("es-US", "qué volá acere dime la capital de méxico", "MX")]
    [TestCase("es-US", "vaya pues decime la capital de honduras", "HN")]
    [TestCase("es-US", "mirá vos cuál es la capital de guatemala", "GT")]
    [TestCase("es-MX", "no manches carnal cuál es la capital de perú", "PE")]
    [TestCase("es-US", "chamo dime la capital de colombia", "CO")]
    [TestCase("es-ES", "buenos días disculpe usted cuál es la capital de suiza", "CH")]
    [TestCase("es-MX", "una preguntita cuál es la capital de japón", "JP")]
    [TestCase("es-US", "can you dime la capital de corea del sur", "KR")]
    [TestCase("es-ES", "mi cuñado vive en noruega cuál es la capital de allí", "NO")]
    [TestCase("es-MX", "leí algo sobre kenia cuál es la capital de ese país", "KE")]
    [TestCase("es-ES", "este verano vamos a viajar por croacia cómo se llama la capital", "HR")]
    [TestCase("es-ES", "cuál era la capital de rodesia", "ZW")]
    [TestCase("es-ES", "capital del zaire", "CD")]
    [TestCase("es-ES", "cuál es la capital de siam", "TH")]
    [TestCase("es-MX", "cuál es la capital del alto volta", "BF")]
    [TestCase("es-MX", "la capital de la unión americana", "US")]
    [TestCase("es-MX", "cuál viene siendo la capital de ghana", "GH")]
    [TestCase("es-US", "es cierto que la capital de australia es sídney", "AU")]
    [TestCase("es-ES", "la capital de canadá es toronto verdad", "CA")]
    [TestCase("es-MX", "mi primo dice que la capital de brasil es río es así", "BR")]
    [TestCase("es-US", "es lima la capital de perú", "PE")]
    [TestCase("es-ES", "la capital de suecia ah no quería decir finlandia", "FI")]
    [TestCase("es-US", "la capital de chile no wait de argentina", "AR")]
    [TestCase("es-ES", "bolivia cuántas capitales tiene y cuáles son", "BO")]
    public void A_round_nineteen_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-ES", "lima es capital de cuál país", "lima")]
    [TestCase("es-US", "quito es capital de cuál país", "quito")]
    public void A_round_nineteen_reverse_question_reads_the_city(string locale, string utterance, string city)
    {
        var result = Recognize(locale, utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")?.FirstMatch?.Id, Is.EqualTo(city), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("es-ES", "déjalo así", "AMAZON.CancelIntent")]
    [TestCase("es-MX", "olvídalo ya no hace falta", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "da igual cancela", "AMAZON.CancelIntent")]
    [TestCase("es-ES", "ya está se acabó", "AMAZON.StopIntent")]
    [TestCase("es-MX", "ya estuvo adiós", "AMAZON.StopIntent")]
    [TestCase("es-ES", "cómo va esto que no lo entiendo", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "qué sabes hacer", "AMAZON.HelpIntent")]
    [TestCase("es-US", "dame un ejemplo de lo que puedo decir", "AMAZON.HelpIntent")]
    public void A_round_nineteen_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("activa capitales del mundo por favor")]
    [TestCase("arranca el juego capitales del mundo")]
    [TestCase("quiero jugar capitales del mundo otra vez")]
    public void A_round_nineteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales del mundo", "es-ES").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("es-ES", "voy conduciendo pon la radio")]
    [TestCase("es-ES", "cuántos habitantes tiene la capital de francia")]
    [TestCase("es-MX", "estoy cocinando dime una receta de mole")]
    [TestCase("es-ES", "mi cuñado vive en noruega qué tiempo hace allí")]
    [TestCase("es-US", "tengo un vuelo a chile cuánto cuesta un hotel en la capital")]
    [TestCase("es-ES", "apaga la luz")]
    [TestCase("es-ES", "estoy con el crucigrama cuál es la palabra")]
    [TestCase("es-MX", "illo pon música")]
    public void A_spanish_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
