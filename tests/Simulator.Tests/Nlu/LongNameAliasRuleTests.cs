using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Session 21: names the Hindi data lacked: "अंडोरा" was known only inside the capital's name "अंडोरा ला वेल्ला",
/// so a place-first question after a clause found no place. Each is now an alias of its place
/// (tools/capitals-data/overrides.json).</summary>
public class LongNameAliasRuleTests
{
    [TestCase("hi-IN", "हम क्विज़ खेल रहे हैं अंडोरा की राजधानी बताओ", "AD")]
    [TestCase("hi-IN", "वैटिकन सिटी की राजधानी क्या है", "VA")]
    public void The_whole_name_is_the_place(string locale, string utterance, string id)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }
}
