using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of the second pass on the spent round 19 (interactionModel/README.md, *Second
/// pass on spent round 19 for Brazilian Portuguese (session 18)*), each tested with sentences of its kind that no corpus has:
/// regional address words around a request ("piá", "macho", "guri"), a formal request for the information ("solicito a
/// informação"), "teria como me dizer", portunhol "la capital", a place that "caiu" in a quiz, short follow-ups ("mais uma",
/// "outra", "e aquela da ..."), help as "o esquema", "que tipo de coisa", "tô confusa", "não entendi nada", stop as "tô saindo",
/// cancel as "nem precisa mais", "desencana", "esquece o que eu perguntei" (NluLexicon.pt.json, BuiltInCues.pt.json,
/// BuiltInPhrasings.pt.json); launch verbs "chama", "puxa", "acessa" (LaunchWording.pt.json); and out-of-domain neighbours
/// that must still fall back.</summary>
public class PortugueseSpentTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("ô piá qual é a capital da polônia", "PL")]
    [TestCase("qual a capital do quênia macho", "KE")]
    [TestCase("bah guri me diz a capital da suécia", "SE")]
    [TestCase("alexa solicito a informação sobre a capital da finlândia", "FI")]
    [TestCase("solicito a informação da capital do camboja", "KH")]
    [TestCase("peço a informação da capital de malta", "MT")]
    [TestCase("tem como me dizer a capital da tunísia", "TN")]
    [TestCase("teria como me falar a capital da croácia", "HR")]
    [TestCase("alexa tem como você me dizer a capital do nepal", "NP")]
    [TestCase("me diz la capital de honduras", "HN")]
    [TestCase("cuál es la capital de nicarágua", "NI")]
    [TestCase("qual é la capital de el salvador", "SV")]
    [TestCase("na prova caiu a capital da letônia", "LV")]
    [TestCase("ontem no quiz caiu a capital do butão", "BT")]
    [TestCase("no trabalho me perguntaram a capital da eslovênia", "SI")]
    [TestCase("mais uma a do chile", "CL")]
    [TestCase("outra a da bolívia", "BO")]
    [TestCase("e aquela do marrocos", "MA")]
    [TestCase("tá e a da argentina", "AR")]
    [TestCase("agora faz a da colômbia", "CO")]
    public void A_spent_twenty_one_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("qual é o esquema aqui", "AMAZON.HelpIntent")]
    [TestCase("me explica o esquema dessa skill", "AMAZON.HelpIntent")]
    [TestCase("como é o esquema do jogo", "AMAZON.HelpIntent")]
    [TestCase("que tipo de pergunta você sabe responder", "AMAZON.HelpIntent")]
    [TestCase("que tipo de coisa eu posso perguntar", "AMAZON.HelpIntent")]
    [TestCase("tô confuso me ajuda aí", "AMAZON.HelpIntent")]
    [TestCase("fiquei confusa alexa", "AMAZON.HelpIntent")]
    [TestCase("não entendi nada me ajuda", "AMAZON.HelpIntent")]
    [TestCase("não estou entendendo nada", "AMAZON.HelpIntent")]
    [TestCase("como é que eu pergunto aqui", "AMAZON.HelpIntent")]
    [TestCase("ôxe como se pergunta", "AMAZON.HelpIntent")]
    [TestCase("tô saindo alexa", "AMAZON.StopIntent")]
    [TestCase("já tô saindo valeu", "AMAZON.StopIntent")]
    [TestCase("vou embora tchau", "AMAZON.StopIntent")]
    [TestCase("desliga aí bicho", "AMAZON.StopIntent")]
    [TestCase("nem precisa mais alexa", "AMAZON.CancelIntent")]
    [TestCase("desencana alexa", "AMAZON.CancelIntent")]
    [TestCase("esquece a pergunta", "AMAZON.CancelIntent")]
    [TestCase("ignora o que eu perguntei", "AMAZON.CancelIntent")]
    [TestCase("cancela aí guria", "AMAZON.CancelIntent")]
    public void A_spent_twenty_one_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("chama o capitais do mundo")]
    [TestCase("puxa aquela skill capitais do mundo")]
    [TestCase("acessa o capitais do mundo por favor")]
    public void A_spent_twenty_one_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("chama o uber")]
    [TestCase("me explica o esquema de pirâmide")]
    [TestCase("tô saindo de casa agora")]
    [TestCase("que tipo de música você tem")]
    [TestCase("solicito a informação do meu pedido")]
    [TestCase("la casa de papel")]
    [TestCase("mais uma música")]
    [TestCase("caiu a internet")]
    [TestCase("nem precisa de guarda-chuva hoje")]
    public void A_portuguese_spent_twenty_one_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
