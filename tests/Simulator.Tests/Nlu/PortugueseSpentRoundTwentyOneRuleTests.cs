using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of the second pass on spent round 21 (interactionModel/README.md, *Second pass on
/// spent round 21 for Portuguese (session 20)*), each tested with sentences of its kind that no corpus has: the greeting
/// "salve" and the tail "qual é mesmo" / "que eu vou viajar pra lá" (NluLexicon.pt.json); "qual capital tem X", "quais
/// capitais tem X" (the grammar); stop "sai desse jogo", "pode parar aí"; cancel "cancela essa", "esquece essa última
/// pergunta", "anula essa pergunta"; help "o que esse jogo faz", "como se joga", "umas dicas de como usar"
/// (BuiltInCues.pt.json); a beneficiary or purpose after the launch ("pro meu filho", "pra estudar", LaunchWording.pt.json);
/// and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseSpentRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("salve alexa qual é a capital do peru", "PE")]
    [TestCase("a capital da noruega é qual mesmo", "NO")]
    [TestCase("me diz a capital do piauí que eu vou viajar pra lá", "BR-PI")]
    [TestCase("qual capital tem o uruguai", "UY")]
    [TestCase("quais capitais tem a bolívia", "BO")]
    public void A_spent_round_twenty_one_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("sai desse jogo alexa", "AMAZON.StopIntent")]
    [TestCase("alexa pode parar aí", "AMAZON.StopIntent")]
    [TestCase("cancela essa", "AMAZON.CancelIntent")]
    [TestCase("esquece essa última pergunta aí", "AMAZON.CancelIntent")]
    [TestCase("anula essa pergunta", "AMAZON.CancelIntent")]
    [TestCase("o que que esse jogo faz", "AMAZON.HelpIntent")]
    [TestCase("mano como se joga isso", "AMAZON.HelpIntent")]
    [TestCase("me dá umas dicas de como usar", "AMAZON.HelpIntent")]
    public void A_spent_round_twenty_one_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("abre o capitais do mundo pro meu filho")]
    [TestCase("inicia capitais do mundo pra estudar")]
    public void A_spent_round_twenty_one_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("cancela o pedido da pizza")]
    [TestCase("o que esse filme faz")]
    [TestCase("salve salve")]
    [TestCase("mesmo")]
    [TestCase("quantos habitantes tem o uruguai")]
    public void A_portuguese_spent_round_twenty_one_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
