using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 43 tuning (interactionModel/README.md, *Round 43 tuning for Portuguese
/// (session 44)*), each tried on sentences of our own rather than the corpus lines: the fillers "ostrega" (Italian-Brazilian
/// of the serra gaúcha) and "bitte" (German-Brazilian) (NluLexicon.pt.json fillers); the not-places "sacro império
/// romano", "vale do itajaí", "(reino de) arendelle", "aldeia do asterix" (notPlaces); the joins "(me) veio a dúvida da /
/// do" and "quer a capital", "queria a capital" (joins); the question leads "(me) lembrei da / do" (ClauseWords.pt.json);
/// the stop cues "encerra / termina / terminar / para por hoje"; the help cues "o que é pra eu falar / dizer / perguntar",
/// "o que tem nesse aplicativo / nessa skill / nesse jogo", "como usar isso", "dúvida de como usar" (BuiltInCues.pt.json);
/// the launch words "pra revisão", "pra revisar", "no intervalo", "pros passageiros", "pro passageiro", "pra passageira"
/// (LaunchWording.pt.json); with out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundFortyThreeRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("ostrega qual é a capital do peru", "PE", Description = "the filler 'ostrega'")]
    [TestCase("capital da itália bitte", "IT", Description = "the filler 'bitte'")]
    [TestCase("tomando chimarrão me veio a dúvida da capital do chade", "TD", Description = "the join 'me veio a dúvida da'")]
    [TestCase("no almoço veio a dúvida do capital do uruguai", "UY", Description = "the join 'veio a dúvida do'")]
    [TestCase("a minha vizinha quer a capital da mongólia", "MN", Description = "the join 'quer a capital'")]
    [TestCase("meu primo que mora na itália quer a capital do peru", "PE", Description = "'quer a capital' after a clause naming a place")]
    [TestCase("vendo o jornal me lembrei da capital da hungria", "HU", Description = "the lead 'me lembrei da'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("ostrega para", "AMAZON.StopIntent")]
    [TestCase("ostrega esquece isso", "AMAZON.CancelIntent")]
    [TestCase("encerra por hoje", "AMAZON.StopIntent")]
    [TestCase("para por hoje obrigado", "AMAZON.StopIntent")]
    [TestCase("o que é pra eu falar", "AMAZON.HelpIntent")]
    [TestCase("o que tem nessa skill", "AMAZON.HelpIntent")]
    [TestCase("minha avó quer saber como usar isso", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("abre capitais do mundo pra revisar")]
    [TestCase("inicia capitais do mundo pro passageiro")]
    [TestCase("ostrega abre capitais do mundo")]
    public void A_launch_as_users_say_it(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("ostrega que chuva")]
    [TestCase("bitte danke")]
    [TestCase("qual era a capital do sacro império romano")]
    [TestCase("qual a capital de arendelle")]
    [TestCase("qual é a capital do vale do itajaí em santa catarina")]
    [TestCase("qual é a capital da aldeia do asterix")]
    [TestCase("me veio a dúvida do horário do jogo")]
    [TestCase("a minha vizinha quer a receita do bolo")]
    [TestCase("me lembrei da minha mãe")]
    [TestCase("o que é pra eu falar pro meu chefe")]
    [TestCase("o que tem na geladeira")]
    [TestCase("tô com dúvida de como usar a panela de pressão")]
    [TestCase("termina por hoje o relatório")]
    [TestCase("abre o spotify no intervalo")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
