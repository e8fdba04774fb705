using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 22 tuning (interactionModel/README.md, *Round 22 tuning for Portuguese
/// (session 21)*), each tested with sentences of its kind that no corpus has: the opener "certo" before a follow-up, the tails
/// "ligeiro" and "qual é que é", the Portugal greeting "ó pá" (NluLexicon.pt.json fillers); the l-vocalised spellings
/// "capitau" (NluLexicon.pt.json variants); cancel "desiste disso", "foi sem querer", "já descobri"; stop "não quero
/// mais jogar", "cansei de jogar"; help "as regras do capitais do mundo", "como funciona esse capitais do mundo"
/// (BuiltInCues.pt.json); a grandchild or pupils after the launch (LaunchWording.pt.json); and out-of-domain neighbours that
/// must still fall back.</summary>
public class PortugueseRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("certo e o peru", "PE")]
    [TestCase("certo e a república dominicana", "DO")]
    [TestCase("me diz a capital do chile ligeiro", "CL")]
    [TestCase("ó pá a capital de angola", "AO")]
    [TestCase("a capital do uruguai qual é que é", "UY")]
    [TestCase("qual é a capitau do peru", "PE")]
    public void A_round_twenty_two_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("desiste disso", "AMAZON.CancelIntent")]
    [TestCase("cancela foi sem querer", "AMAZON.CancelIntent")]
    [TestCase("deixa pra lá já descobri", "AMAZON.CancelIntent")]
    [TestCase("não quero mais jogar", "AMAZON.StopIntent")]
    [TestCase("cansei de jogar alexa", "AMAZON.StopIntent")]
    [TestCase("me explica as regras do capitais do mundo", "AMAZON.HelpIntent")]
    [TestCase("como funciona esse capitais do mundo", "AMAZON.HelpIntent")]
    public void A_round_twenty_two_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("abre o capitais do mundo pro meu neto")]
    [TestCase("inicia capitais do mundo pros alunos")]
    public void A_round_twenty_two_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("certo")]
    [TestCase("já achei o controle da tv")]
    [TestCase("não quero mais jogar futebol")]
    [TestCase("desiste do pedido")]
    [TestCase("qual é a capitau do mundo")]
    public void A_portuguese_round_twenty_two_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
