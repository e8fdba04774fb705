using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 20's tuning half (interactionModel/README.md, *Round 20 tuning for
/// Brazilian Portuguese (session 19)*), each tested with sentences of its kind that no corpus has: regional interjections
/// around a request ("mah", "pô", "tás tolo", "tchá por deus", "é pocar"), "já que a gente tá nisso" after a follow-up, a
/// learner's "desculpa meu português", a place named in a clause then "a capital hoje" or "a capital da província", "me bateu
/// a dúvida da capital"; plural capitals "tem duas capitais me fala", "X tem capital qual é", "capital do estado de X na Y"
/// (NluLexicon.pt.json, the grammar); reverse questions "X é a capital de quem", "a cidade de X é capital de onde", "X fica em
/// que país", "X de que país é a capital" (CityIntent); help as "tutorial", stop as "para a skill", cancel as "esquece o que
/// eu pedi", "perguntei errado" (BuiltInCues.pt.json); launch as "brincar de capitais do mundo", a one-shot "usa o capitais do
/// mundo pra ver ..." (LaunchWording.pt.json, the lexicon's invocation); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("mah qual é a capital da estônia", "EE")]
    [TestCase("pô me fala a capital do catar", "QA")]
    [TestCase("tás tolo qual é a capital da islândia", "IS")]
    [TestCase("tchá por deus qual a capital do laos", "LA")]
    [TestCase("é pocar qual é a capital da mongólia", "MN")]
    [TestCase("e da bolívia já que a gente tá nisso", "BO")]
    [TestCase("e do togo já que estamos nisso", "TG")]
    [TestCase("desculpe meu português qual é a capital da hungria", "HU")]
    [TestCase("meu tio morou na rodésia qual a capital hoje", "ZW")]
    [TestCase("li sobre a pérsia qual é a capital hoje em dia", "IR")]
    [TestCase("meu irmão estuda em manitoba qual é a capital da província", "CA-MB")]
    [TestCase("tô comendo pierogi que é da polônia e me bateu a dúvida da capital", "PL")]
    [TestCase("a bolívia tem duas capitais me diz", "BO")]
    [TestCase("o uruguai tem capital qual é", "UY")]
    [TestCase("capital do estado de kerala na índia", "IN-KL")]
    public void A_round_twenty_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("lima é a capital de quem", "lima")]
    [TestCase("a cidade de quito é capital de onde", "quito")]
    [TestCase("canberra fica em que país", "canberra")]
    [TestCase("nairóbi de qual país é a capital", "nairóbi")]
    public void A_round_twenty_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("queria um tutorial", "AMAZON.HelpIntent")]
    [TestCase("mah me explica como funciona", "AMAZON.HelpIntent")]
    [TestCase("pô como se usa", "AMAZON.HelpIntent")]
    [TestCase("para a skill por favor", "AMAZON.StopIntent")]
    [TestCase("chega pô", "AMAZON.StopIntent")]
    [TestCase("tás tolo chega", "AMAZON.StopIntent")]
    [TestCase("ignora o que eu pedi", "AMAZON.CancelIntent")]
    [TestCase("cancela eu falei errado", "AMAZON.CancelIntent")]
    [TestCase("tchá esquece isso", "AMAZON.CancelIntent")]
    public void A_round_twenty_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("vamos brincar de capitais do mundo")]
    [TestCase("abre o capitais do mundo mah")]
    public void A_round_twenty_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("usa o capitais do mundo pra saber a capital do chile")]
    public void A_round_twenty_one_shot_asks_the_skill(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.OneShot));
    }

    [TestCase("tem um tutorial de violão")]
    [TestCase("para a música")]
    [TestCase("pô que calor hoje")]
    [TestCase("já que a gente tá nisso toca uma música")]
    [TestCase("quanto tempo leva pra chegar em lima")]
    [TestCase("quem é o governador da província de ontário")]
    [TestCase("qual é a temperatura hoje na capital")]
    [TestCase("desculpa meu português qual é o clima amanhã")]
    public void A_portuguese_round_twenty_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
