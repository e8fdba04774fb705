using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Second pass on spent round 21 for Japanese (interactionModel/README.md, *Second pass on spent round 21 for
/// Japanese (session 20)*): Toyama / Fukui / Ibaraki endings (ながけ, 教えてま, やざ, だっぺ) and Toyama ちゃ for は after
/// 首都, launch wordings (立ち上げてくれる, 起ち上げて, のスキル起動して, 開いてま, 始めてくんねえかい), cancel wordings
/// (キャンセルしてくれ, キャンセルさせて) and casual help cues (どう使うん, どう聞いたら); each family with sentences no corpus
/// has, and the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseSpentRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ペルーの首都ちゃどこながけ", "PE")]
    [TestCase("チリの首都はどこ教えてま", "CL")]
    [TestCase("ケニアの首都ってどこやざ", "KE")]
    [TestCase("ガーナの首都ってどこだっぺ", "GH")]
    public void A_dialect_ending_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("キャンセルしてくれ", "AMAZON.CancelIntent")]
    [TestCase("今のキャンセルしてくれ", "AMAZON.CancelIntent")]
    [TestCase("キャンセルさせて", "AMAZON.CancelIntent")]
    [TestCase("どう使うん", "AMAZON.HelpIntent")]
    [TestCase("どう聞いたらええの", "AMAZON.HelpIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都を起動してくれる")]
    [TestCase("世界の首都を起ち上げて")]
    [TestCase("世界の首都のスキル起動して")]
    [TestCase("世界の首都を開いてま")]
    [TestCase("世界の首都始めてくんねえかい")]
    public void A_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("注文をキャンセルしてくれ")]
    [TestCase("ケニアの首都の人口ってどれくらいやざ")]
    [TestCase("天気予報のスキルを起動してくれる")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
