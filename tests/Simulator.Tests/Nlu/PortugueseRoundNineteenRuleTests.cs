using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families round 19 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 19 tuning for Brazilian Portuguese (session 18)*), each tested with sentences of its kind that no corpus has: regional
/// and polite fillers (caboco, ai meu deus, com licença, se faz favor, olha só deixa eu te perguntar), "como é que chama" before
/// the question, whoever asks before the question ("pergunta pra alexa", "quer saber"), repair words ("perdão", "calma"),
/// help, stop and cancel wordings (BuiltInCues.pt.json, BuiltInPhrasings.pt.json), and the out-of-domain neighbours that must
/// still fall back ("a capital do rock").</summary>
public class PortugueseRoundNineteenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("ei caboclo pergunta pra alexa a capital do equador", "EC")]
    [TestCase("ô caboco qual é a capital da venezuela", "VE")]
    [TestCase("ai meu deus como é que se chama a capital da mongólia", "MN")]
    [TestCase("meu deus como chama a capital do cazaquistão", "KZ")]
    [TestCase("como que chama a capital da nova zelândia", "NZ")]
    [TestCase("com licença qual é a capital da tailândia", "TH")]
    [TestCase("qual é a capital da eslováquia se faz favor", "SK")]
    [TestCase("faz favor qual a capital de moçambique", "MZ")]
    [TestCase("olha só deixa eu te perguntar qual é a capital do vietnã", "VN")]
    [TestCase("deixa eu perguntar uma coisa qual a capital da jordânia", "JO")]
    [TestCase("meu filho pergunta pra alexa a capital da dinamarca", "DK")]
    [TestCase("a minha vó quer saber a capital do marrocos", "MA")]
    [TestCase("o patrão perguntou qual é a capital do panamá", "PA")]
    [TestCase("qual é a capital da áustria perdão da austrália", "AU")]
    [TestCase("qual a capital do níger não calma da nigéria", "NG")]
    [TestCase("a capital da eslovênia calma da eslováquia", "SK")]
    public void A_round_nineteen_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("deixa pra outra hora", "AMAZON.CancelIntent")]
    [TestCase("fica pra depois", "AMAZON.CancelIntent")]
    [TestCase("esquece o que eu falei", "AMAZON.CancelIntent")]
    [TestCase("deixa de lado", "AMAZON.CancelIntent")]
    [TestCase("deixa vai", "AMAZON.CancelIntent")]
    [TestCase("fecha o jogo", "AMAZON.StopIntent")]
    [TestCase("encerra o jogo alexa", "AMAZON.StopIntent")]
    [TestCase("desliga esse negócio", "AMAZON.StopIntent")]
    [TestCase("era só isso valeu", "AMAZON.StopIntent")]
    [TestCase("vou nessa tchau", "AMAZON.StopIntent")]
    [TestCase("vou dormir alexa tchau", "AMAZON.StopIntent")]
    [TestCase("como é que eu pergunto", "AMAZON.HelpIntent")]
    [TestCase("me orienta aí", "AMAZON.HelpIntent")]
    [TestCase("me ensina a usar isso", "AMAZON.HelpIntent")]
    [TestCase("não sei mexer nisso", "AMAZON.HelpIntent")]
    [TestCase("um help aí por favor", "AMAZON.HelpIntent")]
    public void A_round_nineteen_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("qual é a capital do rock")]
    [TestCase("qual a capital do funk")]
    [TestCase("qual é a capital do pagode")]
    [TestCase("qual é a capital do agronegócio")]
    [TestCase("sai do grupo da família")]
    [TestCase("desliga a luz da sala")]
    [TestCase("ignora a ligação")]
    [TestCase("meu filho quer saber quantos habitantes tem a capital da frança")]
    public void A_portuguese_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
