using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families round 22 tuning fixed (interactionModel/README.md, *Round 22 tuning for Italian (session
/// 22)*), each tested with sentences of its kind that no corpus has: Sicilian and slang fillers around a built-in or a
/// question ("talè", "jà", "bedda", "bon", "raga", "bro", "bah", "hey", "pure"), "pardon" as a self-correction, help
/// cues ("help me", "si possono fare", "cosa posso chiederti"), stop "that's enough", launch "mettimi", "open" and
/// "sull'echo del salotto", plural "quali capitali ha X", reverse "capitale di che paese è Y" and "Y capitale di che è";
/// and the out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("it-IT", utterance);

    [TestCase("bon qual è la capitale del cile", "CL")]
    [TestCase("raga qual è la capitale della spagna", "ES")]
    [TestCase("la capitale del perù pardon del cile", "CL")]
    [TestCase("quali capitali ha la bolivia", "BO")]
    public void A_question_with_a_filler_or_repair_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"));
        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("capitale di che paese è lima")]
    [TestCase("talè oslo capitale di che è")]
    [TestCase("nairobi capitale di quale stato è")]
    public void A_reverse_question_reads_the_city(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo("CityIntent"));
    }

    [TestCase("talè annulla tutto", "AMAZON.CancelIntent")]
    [TestCase("jà non importa", "AMAZON.CancelIntent")]
    [TestCase("bedda lascia perdere dai", "AMAZON.CancelIntent")]
    [TestCase("raga come funziona", "AMAZON.HelpIntent")]
    [TestCase("bah non so cosa chiedere", "AMAZON.HelpIntent")]
    [TestCase("help me", "AMAZON.HelpIntent")]
    [TestCase("che domande si possono fare", "AMAZON.HelpIntent")]
    [TestCase("cosa posso chiederti", "AMAZON.HelpIntent")]
    [TestCase("basta bro", "AMAZON.StopIntent")]
    [TestCase("esci pure alexa", "AMAZON.StopIntent")]
    [TestCase("chiudi pure", "AMAZON.StopIntent")]
    [TestCase("that's enough", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("mettimi capitali del mondo per favore")]
    [TestCase("avvia capitali del mondo sull'echo del salotto")]
    [TestCase("open capitali del mondo")]
    public void A_launch_wording_launches(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, "capitali del mondo", "it-IT").Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("mettimi la musica")]
    [TestCase("apri la porta pure")]
    [TestCase("raga che si mangia stasera")]
    [TestCase("bro esci dal gruppo whatsapp")]
    [TestCase("capitale di che cosa è la moda")]
    public void Out_of_domain_still_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
