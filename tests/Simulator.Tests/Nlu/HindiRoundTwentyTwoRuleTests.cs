using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families round 22 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 22 tuning for Hindi (session 21)*), each tested with sentences of its kind that no corpus has: Sindhi "साईं",
/// "अड़े", "छा आहे", "कौन सो आहे", "वारो"; Konkani "बरें", "चो", "कितें"; Nepali "राजधानी कहाँ हो", "हामी लोग को";
/// a trailing "हम भूल गया"; help "इसका तरीका बताओ", "हमको नहीं पता कैसे पूछना है"; the launch name heard as
/// "दुनिया की राजधानी या".</summary>
public class HindiRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string text) => LocaleNlu.Recognize("hi-IN", text);

    private static UtteranceKind KindOf(string utterance) => LocalSkill.NluFor("hi-IN").ParseForm(utterance).Kind;

    [TestCase("अड़े एलेक्सा जापान की राजधानी छा आहे", "JP")]
    [TestCase("साईं फ्रांस की राजधानी कौन सो आहे", "FR")]
    [TestCase("हामी लोग को जापान का राजधानी बताइए", "JP")]
    [TestCase("केन्या की राजधानी बोलो ना मैं भूल गई", "KE")]
    public void A_round_twenty_two_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("इस स्किल का तरीका बताओ", "AMAZON.HelpIntent")]
    [TestCase("मुझे नहीं पता कैसे पूछना है", "AMAZON.HelpIntent")]
    [TestCase("बंद कर दो साईं", "AMAZON.StopIntent")]
    [TestCase("साईं कैंसल करो", "AMAZON.CancelIntent")]
    public void A_round_twenty_two_built_in_wording_is_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("दुनिया की राजधानी या खोल दो")]
    public void A_round_twenty_two_launch_is_a_launch(string utterance)
    {
        Assert.That(KindOf(utterance), Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("चाय बनाने का तरीका बताओ")]
    [TestCase("साईं आज मौसम कैसा है")]
    [TestCase("अड़े आज खाना छा आहे")]
    [TestCase("मैं भूल गया")]
    [TestCase("बरें गाना चलाओ")]
    public void A_round_twenty_two_out_of_domain_neighbour_still_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
