using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 21's tuning half (interactionModel/README.md, *Round 21 tuning for
/// Portuguese (session 20)*), each tested with sentences of its kind that no corpus has: interjections and vocatives around a
/// request ("yalla", "habibi", "mèsi", "vôti", "home", "truta", "meu fi", "menina", "massa", "show", "bom dia"), "como é que é"
/// and "que eu não lembro" around the question, "me diga uma coisa", "e para X a mesma pergunta" (NluLexicon.pt.json, the
/// grammar); "X tem quais capitais", "tem capital X", a parent named first ("no brasil a capital da bahia qual é"), "em que
/// cidade fica o governo de X"; reverse questions "de qual país a capital é Y", "de onde Y é capital", "a capital Y é de que
/// país", "qual país tem a capital chamada Y", "a cidade de Y é capital de qual estado" (CityIntent); help "como é que mexe",
/// "me ajuda a usar", "me dá uma ajuda", "que perguntas eu posso fazer"; stop "pode fechar", "pode encerrar", "câmbio final",
/// "a aula acabou", "chega de geografia", "finaliza"; cancel "anula isso", "cancela a última", "pode esquecer", "perguntei o
/// país errado", "desisto" (BuiltInCues.pt.json); launch "vamos de capitais do mundo" (LaunchWording.pt.json); and
/// out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("yalla qual é a capital do omã habibi", "OM")]
    [TestCase("vôti home qual a capital do chade", "TD")]
    [TestCase("truta me fala a capital da letônia", "LV")]
    [TestCase("meu fi qual é a capital da armênia", "AM")]
    [TestCase("massa e do equador", "EC")]
    [TestCase("show e da croácia", "HR")]
    [TestCase("peraí como é que é a capital da eritreia", "ER")]
    [TestCase("menina qual é a capital do sudão que eu não lembro", "SD")]
    [TestCase("bom dia qual é a capital da sérvia mèsi", "RS")]
    [TestCase("me diga uma coisa a capital do nepal é qual", "NP")]
    [TestCase("e para o quênia a mesma pergunta", "KE")]
    [TestCase("o sri lanka tem quais capitais", "LK")]
    [TestCase("tem capital mônaco", "MC")]
    [TestCase("no brasil a capital da bahia qual é", "BR-BA")]
    [TestCase("em que cidade fica o governo do pará", "BR-PA")]
    public void A_round_twenty_one_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("de qual país a capital é lima", "lima")]
    [TestCase("me diz de onde maceió é capital", "maceió")]
    [TestCase("a capital quito é de que país", "quito")]
    [TestCase("qual país tem a capital chamada bamako", "bamako")]
    [TestCase("a cidade de natal é capital de qual estado", "natal")]
    public void A_round_twenty_one_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("rapá como é que mexe nisso aqui", "AMAZON.HelpIntent")]
    [TestCase("me ajuda a usar essa skill", "AMAZON.HelpIntent")]
    [TestCase("boy me dá uma ajuda", "AMAZON.HelpIntent")]
    [TestCase("que perguntas eu posso fazer", "AMAZON.HelpIntent")]
    [TestCase("truta pode fechar", "AMAZON.StopIntent")]
    [TestCase("pode encerrar o jogo", "AMAZON.StopIntent")]
    [TestCase("câmbio final", "AMAZON.StopIntent")]
    [TestCase("a aula acabou pode fechar", "AMAZON.StopIntent")]
    [TestCase("chega de geografia", "AMAZON.StopIntent")]
    [TestCase("finaliza aí", "AMAZON.StopIntent")]
    [TestCase("anula isso", "AMAZON.CancelIntent")]
    [TestCase("vôti cancela a última pergunta", "AMAZON.CancelIntent")]
    [TestCase("pode esquecer a pergunta", "AMAZON.CancelIntent")]
    [TestCase("cancela que eu perguntei o país errado", "AMAZON.CancelIntent")]
    [TestCase("eu desisto", "AMAZON.CancelIntent")]
    public void A_round_twenty_one_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("vamos de capitais do mundo")]
    [TestCase("bora de capitais do mundo")]
    public void A_round_twenty_one_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("yalla toca uma música árabe")]
    [TestCase("show qual é a previsão do tempo")]
    [TestCase("quantos habitantes tem o chade")]
    [TestCase("pode fechar a porta")]
    [TestCase("cancela o alarme")]
    [TestCase("em que cidade fica o museu do louvre")]
    [TestCase("bom dia alexa como está o tempo")]
    [TestCase("desliga a luz da sala")]
    public void A_portuguese_round_twenty_one_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
