using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The skill's whole name said inside a help or stop request (session 59). Words around a built-in request
/// are judged one by one, and a not-place or another topic's word said there means the request is about something else:
/// "mundo" is a Portuguese and Spanish not-place ("copa do mundo"), so "quais perguntas eu posso fazer no capitais do
/// mundo" fell back though it names the skill. The words of the skill's name said whole, in order, now count as the
/// skill's, whatever each means alone. Neighbours: "mundo" said without the rest of the name still asks something else,
/// and a name said alone stays what it was.</summary>
public class SkillNameInsideBuiltInRequestTests
{
    [TestCase("pt-BR", "quais perguntas eu posso fazer no capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("pt-BR", "alexa como eu jogo o capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("pt-BR", "alexa quais comandos o capitais do mundo entende", "AMAZON.HelpIntent")]
    [TestCase("pt-BR", "alexa parar o capitais do mundo agora", "AMAZON.StopIntent")]
    [TestCase("es-ES", "qué le puedo preguntar a capitales del mundo", "AMAZON.HelpIntent")]
    [TestCase("es-MX", "cómo se juega a capitales del mundo", "AMAZON.HelpIntent")]
    public void A_request_that_names_the_skill_whole_is_read(string locale, string utterance, string intent) =>
        LocaleNlu.AssertIntent(locale, utterance, intent);

    [TestCase("pt-BR", "alexa o fim do mundo me ajuda")]
    [TestCase("pt-BR", "alexa ajuda com a copa do mundo")]
    [TestCase("pt-BR", "alexa para o mundo que eu quero descer")]
    [TestCase("pt-BR", "alexa o que eu posso perguntar pro mundo")]
    [TestCase("es-ES", "ayúdame con el mundial del mundo")]
    public void Mundo_without_the_rest_of_the_name_still_asks_something_else(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
