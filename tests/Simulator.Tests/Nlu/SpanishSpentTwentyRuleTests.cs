using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Spanish families of the second pass on the spent round 19 (interactionModel/README.md, *Second pass on
/// spent round 19 for Spanish (session 18)*), each tested with sentences of its kind that no corpus has: English country
/// names said in Spanish (es-US code-switching) and other spellings (Iraq, Moldova, Nueva Zelandia); a crossword or
/// Pasapalabra clue ("de seis letras", "con la m"); "lo que antes era" before a former name; a repair with "güey" or
/// "mano"; "en el mapa" after the place; help, stop and cancel wordings; English launch verbs; and the out-of-domain
/// neighbours that must still fall back.</summary>
public class SpanishSpentTwentyRuleTests
{
    private static Interpretation Recognize(string locale, string utterance) => LocaleNlu.Recognize(locale, utterance);

    [TestCase("es-US", "cuál es la capital de japan", "JP")]
    [TestCase("es-US", "dime la capital de switzerland", "CH")]
    [TestCase("es-US", "la capital de poland cuál es", "PL")]
    [TestCase("es-MX", "capital de iraq", "IQ")]
    [TestCase("es-ES", "cuál es la capital de moldova", "MD")]
    [TestCase("es-US", "dime la capital de nueva zelandia", "NZ")]
    [TestCase("es-MX", "capital de chile de seis letras", "CL")]
    [TestCase("es-ES", "en el crucigrama capital de italia de cuatro letras", "IT")]
    [TestCase("es-ES", "con la m capital de españa", "ES")]
    [TestCase("es-ES", "empieza por la l capital de portugal", "PT")]
    [TestCase("es-ES", "cuál es ahora la capital de lo que antes era rodesia", "ZW")]
    [TestCase("es-MX", "cuál es la capital de lo que antes se llamaba zaire", "CD")]
    [TestCase("es-ES", "dime la capital de lo que antes era siam", "TH")]
    [TestCase("es-MX", "la capital de perú no güey de chile", "CL")]
    [TestCase("es-US", "cuál es la capital de suiza ay no mano de suecia", "SE")]
    [TestCase("es-MX", "dime la capital de cuba ay no wey de jamaica", "JM")]
    [TestCase("es-US", "cuál es la capital de kenia en el mapa", "KE")]
    [TestCase("es-ES", "dime la capital de noruega en el mapa", "NO")]
    public void A_spent_twenty_family_reads_the_place(string locale, string utterance, string id)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("es-ES", "oye y cómo se juega", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "no sé cómo usar esto", "AMAZON.HelpIntent")]
    [TestCase("es-US", "qué se supone que tengo que decir", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "me ayudas porfa", "AMAZON.HelpIntent")]
    [TestCase("es-ES", "qué preguntas puedes responder", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "ya no más gracias", "AMAZON.StopIntent")]
    [TestCase("es-ES", "cierra el juego por favor", "AMAZON.StopIntent")]
    [TestCase("es-US", "termina capitales del mundo", "AMAZON.StopIntent")]
    [TestCase("es-US", "forget it", "AMAZON.CancelIntent")]
    [TestCase("es-US", "no forget about it", "AMAZON.CancelIntent")]
    [TestCase("es-US", "nah never mind", "AMAZON.CancelIntent")]
    public void A_spent_twenty_built_in_wording_reaches_its_intent(string locale, string utterance, string intent)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("open capitales del mundo please")]
    [TestCase("start capitales del mundo")]
    [TestCase("play capitales del mundo")]
    public void An_english_launch_verb_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitales del mundo", "es-US").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("es-ES", "cómo se juega al ajedrez")]
    [TestCase("es-MX", "me ayudas con mi tarea de matemáticas")]
    [TestCase("es-US", "cuánto cuesta un vuelo a madrid")]
    [TestCase("es-US", "play música latina")]
    [TestCase("es-ES", "ya no quiero más café")]
    [TestCase("es-ES", "una palabra de cinco letras que significa casa")]
    [TestCase("es-US", "open the garage door")]
    public void A_spent_twenty_neighbour_of_another_request_falls_back(string locale, string utterance)
    {
        Assert.That(Recognize(locale, utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
