using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 23 tuning (interactionModel/README.md, *Round 23 tuning for Portuguese
/// (session 22)*), each tested with sentences of its kind that no corpus has: the Rio "sem caô", the border "pues", the
/// children's vocative "tia"/"tio", "tem como (você) me passar" (NluLexicon.pt.json fillers); "cuáles" and the joined
/// "acapital" (variants); the superlative and finance neighbours "qual capital tem mais ...", "capital de giro" (notPlaces);
/// colonial, European Portuguese and sound-spelt names (overrides.json, subdivisions.json); the reverse question with
/// "cuja" (grammar); cancel "já lembrei"; help "o que tem pra fazer", "como se brinca (disso)"; stop
/// "fechar capitais do mundo" without the article (BuiltInCues.pt.json); "se faz favor" after a launch (LaunchWording.pt.json);
/// and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundTwentyThreeRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("pt-BR", utterance);

    [TestCase("sem caô qual a capital do chile", "CL")]
    [TestCase("a capital do paraguai pues", "PY")]
    [TestCase("tia qual é a capital da itália", "IT")]
    [TestCase("tem como você me passar a capital da grécia", "GR")]
    [TestCase("cuáles são as capitais da bolívia", "BO")]
    [TestCase("qual é acapital da hungria", "HU")]
    [TestCase("qual a capital do cuaite", "KW")]
    [TestCase("capital do kirguistão", "KG")]
    [TestCase("me diz a capital da guiana holandesa", "SR")]
    [TestCase("e a capital da guiana inglesa", "GY")]
    [TestCase("qual era a capital do tanganica", "TZ")]
    [TestCase("qual é a capital do irão", "IR")]
    [TestCase("a capital do vietname", "VN")]
    [TestCase("qual é a capital da abissínia", "ET")]
    [TestCase("capital do benim", "BJ")]
    [TestCase("qual é a capital do rajastão", "IN-RJ")]
    public void A_round_twenty_three_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("qual o país cuja capital é quito", "quito")]
    [TestCase("qual é o país cuja capital é lima", "lima")]
    public void A_reverse_question_with_cuja_names_the_city(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CityIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("city")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("esquece já lembrei", "AMAZON.CancelIntent")]
    [TestCase("o que tem pra fazer aqui alexa", "AMAZON.HelpIntent")]
    [TestCase("como se brinca disso alexa", "AMAZON.HelpIntent")]
    [TestCase("tio que tipo de pergunta eu posso fazer", "AMAZON.HelpIntent")]
    [TestCase("fechar capitais do mundo", "AMAZON.StopIntent")]
    [TestCase("tchau tio", "AMAZON.StopIntent")]
    public void A_round_twenty_three_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("abre o capitais do mundo se faz favor")]
    public void A_round_twenty_three_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitais do mundo", "pt-BR").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("qual é a capital de giro da empresa")]
    [TestCase("qual capital tem mais praias")]
    [TestCase("qual capital tem menos chuva")]
    [TestCase("o que tem pra fazer em paris")]
    [TestCase("como se brinca de amarelinha")]
    [TestCase("tia me conta uma história")]
    public void A_portuguese_round_twenty_three_neighbour_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
