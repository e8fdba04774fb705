using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Portuguese families of round 32 tuning (interactionModel/README.md, *Round 32 tuning for Portuguese
/// (session 33)*), each tried on sentences of our own rather than the corpus lines: the gaúcho "bem faceiro / faceira",
/// a Spanish speaker's "oye", "en portugués", "es", "del"; follow-ups with "o vizinho do lado", "o país vizinho",
/// "por último"; the repairs "eu quis dizer", "eu queria dizer", "espera aí"; a sports scene that leads into the
/// question ("vai jogar na"), a game's map ("mapa da") closed by "como é o nome" or "qual cidade"; a place said before
/// "quero saber a capital", "queria saber a capital", "quer saber a capital"; cancel cues for the query ("cancela a
/// pesquisa"), help cues ("ajuda no capitais do mundo", "tô sem entender", "o que dá pra fazer", "não sabe mexer",
/// "dica de como jogar"), launch with "toca" and for grandparents, parents, aunts and uncles; and "bota" (Italy's nickname) as a
/// not-place; with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundThirtyTwoRuleTests
{
    [TestCase("tchê me diz bem faceira a capital da grécia", "GR", Description = "the gaúcho filler 'bem faceira'")]
    [TestCase("oye cuál es la capital de chile en portugués", "CL", Description = "a Spanish speaker's 'oye', 'es', 'en portugués'")]
    [TestCase("cuál es la capital del perú", "PE", Description = "the Spanish 'del'")]
    [TestCase("e o vizinho do lado a bolívia", "BO", Description = "the follow-up 'o vizinho do lado'")]
    [TestCase("e o país vizinho o uruguai", "UY", Description = "the follow-up 'o país vizinho'")]
    [TestCase("e por último a da grécia", "GR", Description = "the follow-up 'por último'")]
    [TestCase("a capital da argentina eu quis dizer do uruguai", "UY", Description = "the repair 'eu quis dizer'")]
    [TestCase("qual é a capital do peru eu queria dizer do chile", "CL", Description = "the repair 'eu queria dizer'")]
    [TestCase("qual é a capital da suécia espera aí da suíça", "CH", Description = "the repair 'espera aí'")]
    [TestCase("o flamengo vai jogar na capital do peru", "PE", Description = "the sports lead 'jogar na'")]
    [TestCase("no minecraft tem um mapa da capital da frança como é o nome", "FR", Description = "the lead 'mapa da' and the tail 'como é o nome'")]
    [TestCase("de mochilão vou chegar na capital da grécia qual cidade", "GR", Description = "the tail 'qual cidade'")]
    [TestCase("vou fazer um mochilão na bolívia e quero saber a capital", "BO", Description = "'quero saber a capital' after the place")]
    [TestCase("meu primo mora na noruega e eu queria saber a capital", "NO", Description = "'queria saber a capital' after the place")]
    [TestCase("minha tia vai pra suíça e quer saber a capital", "CH", Description = "'quer saber a capital' after the place")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("pt-BR", utterance, id);

    [TestCase("cancela a pesquisa", "AMAZON.CancelIntent")]
    [TestCase("cancela essa busca por favor", "AMAZON.CancelIntent")]
    [TestCase("ajuda no capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("tô sem entender me ajuda", "AMAZON.HelpIntent")]
    [TestCase("o que dá pra fazer aqui", "AMAZON.HelpIntent")]
    [TestCase("me ajuda que o vovô não sabe mexer", "AMAZON.HelpIntent")]
    [TestCase("me dá uma dica de como jogar", "AMAZON.HelpIntent")]
    [TestCase("me explica o capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("ajuda aí que a minha mãe não sabe mexer", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("pt-BR", utterance, intent);

    [TestCase("toca o capitais do mundo pra criançada")]
    [TestCase("bota o capitais do mundo pro vovô")]
    [TestCase("abre o capitais do mundo pra titia")]
    [TestCase("inicia o capitais do mundo pro papai")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches("pt-BR", utterance);

    [TestCase("qual é a capital da bota")]
    [TestCase("toca música")]
    [TestCase("toca a música capitais do mundo")]
    [TestCase("cancela o pedido")]
    [TestCase("me ajuda com a lição de casa")]
    [TestCase("o que dá pra fazer hoje em são paulo")]
    [TestCase("quero saber a capital")]
    [TestCase("vou pro japão e quero saber a capital do clima")]
    [TestCase("o time vai jogar na chuva hoje")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("pt-BR", utterance);
}
