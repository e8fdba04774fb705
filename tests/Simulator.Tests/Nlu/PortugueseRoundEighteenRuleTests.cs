using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families round 18 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 18 tuning for Brazilian Portuguese*), each tested with sentences of its kind that no corpus has: a capital question
/// with a clause of the speaker's situation around it (ClauseWords.pt.json: driving, cooking, homework, quizzes, crosswords);
/// regional fillers (gaúcho, mineiro, nordestino, paulista); a place named in a clause and then referred to ("de lá", "desse
/// país", "do país dele", "deles", a bare "capital"); former and English-spelt place names; "informar" as "dizer"; repair
/// words ("na verdade", "aliás"); help, stop and cancel wordings; a launch in other words (LaunchWording.pt.json); and the
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundEighteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("tô no volante alexa me fala a capital da bolívia", "BO")]
    [TestCase("parado no engarrafamento qual é a capital da croácia", "HR")]
    [TestCase("tô fazendo bolo de cenoura me diz a capital do chile", "CL")]
    [TestCase("enquanto a água ferve qual a capital da grécia", "GR")]
    [TestCase("meu filho tem trabalho de geografia qual é a capital do quênia", "KE")]
    [TestCase("tô estudando pra prova me fala a capital do paraná", "BR-PR")]
    [TestCase("estamos jogando stop qual a capital da noruega", "NO")]
    [TestCase("tô no bolão da firma qual é a capital do catar", "QA")]
    [TestCase("na cruzadinha pede a capital da itália com quatro letras", "IT")]
    [TestCase("bah tchê me diz a capital da hungria", "HU")]
    [TestCase("vixe esqueci a capital do peru visse", "PE")]
    [TestCase("firmeza alexa qual a capital do japão", "JP")]
    [TestCase("uai sô qual é a capital da áfrica do sul", "ZA")]
    [TestCase("tá ligada alexa qual a capital da alemanha", "DE")]
    [TestCase("meu rei qual é a capital da bahia", "BR-BA")]
    [TestCase("li uma notícia sobre a nigéria qual é a capital de lá", "NG")]
    [TestCase("minha prima mora na irlanda qual a capital desse país", "IE")]
    [TestCase("meu colega de trabalho é do peru qual é a capital do país dele", "PE")]
    [TestCase("a argentina ganhou a copa do mundo qual é a capital de lá", "AR")]
    [TestCase("a seleção da holanda jogou bem qual a capital daquele país", "NL")]
    [TestCase("vou viajar pro chile mês que vem qual é a capital", "CL")]
    [TestCase("qual era a capital da rodésia", "ZW")]
    [TestCase("capital do daomé", "BJ")]
    [TestCase("qual a capital do zaire", "CD")]
    [TestCase("qual é a capital do ceilão", "LK")]
    [TestCase("qual é a capital do bahrain", "BH")]
    [TestCase("poderia me informar a capital da suécia", "SE")]
    [TestCase("me informa a capital do egito por favor", "EG")]
    [TestCase("qual é a capital da áustria na verdade da austrália", "AU")]
    [TestCase("a capital do níger aliás da nigéria", "NG")]
    public void A_round_eighteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("esquece isso bah", "AMAZON.CancelIntent")]
    [TestCase("mudei de ideia esquece", "AMAZON.CancelIntent")]
    [TestCase("anula isso", "AMAZON.CancelIntent")]
    [TestCase("tanto faz deixa pra lá", "AMAZON.CancelIntent")]
    [TestCase("já deu por hoje", "AMAZON.StopIntent")]
    [TestCase("chega tchê", "AMAZON.StopIntent")]
    [TestCase("falou valeu", "AMAZON.StopIntent")]
    [TestCase("como é que eu uso isso", "AMAZON.HelpIntent")]
    [TestCase("me dá uma dica de como usa", "AMAZON.HelpIntent")]
    [TestCase("como funciona esse negócio", "AMAZON.HelpIntent")]
    public void A_round_eighteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("executa capitais do mundo por favor")]
    [TestCase("ativa a skill capitais do mundo")]
    [TestCase("quero jogar capitais do mundo")]
    [TestCase("bora jogar capitais do mundo de novo")]
    public void A_round_eighteen_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("qual é a capital de marte")]
    [TestCase("qual é a capital da lua")]
    [TestCase("tô dirigindo liga o rádio")]
    [TestCase("quantos habitantes tem a capital da frança")]
    [TestCase("tô cozinhando me fala uma receita")]
    [TestCase("minha prima mora na irlanda como está o clima lá")]
    [TestCase("comprei passagem pro chile quanto custa um hotel na capital")]
    [TestCase("chega de música")]
    [TestCase("desliga a luz")]
    [TestCase("tô fazendo a cruzadinha qual é a palavra")]
    public void A_portuguese_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
