using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 29 tuning for Japanese (README section *Round 29 tuning for Japanese (session 28)*): the fillers
/// それで / そんで, the in-between あれ (のあれ首都), the endings だっけがな, をお願い, でも教えて, を参考にしたい,
/// って言うとどこ, だびょん, (が)わからん, じゃった, を聞きたい; the old names マラガシー and 黄金海岸; the help cues
/// どう使うのか and 使い方がわからん; the launch verb 入って; each family with sentences no corpus has, and out-of-domain
/// neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyNineRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("それでケニアの首都は", "KE")]
    [TestCase("そんでチリの首都ってどこ", "CL")]
    [TestCase("インドのあれ首都ってどこ", "IN")]
    [TestCase("トルコの首都なんだっけがな", "TR")]
    [TestCase("ペルーの首都をお願い", "PE")]
    [TestCase("ケニアの首都でも教えて", "KE")]
    [TestCase("ペルーの首都を参考にしたいんだけど", "PE")]
    [TestCase("ドイツの首都って言うとどこ", "DE")]
    [TestCase("ペルーの首都ってどごだびょん", "PE")]
    [TestCase("ケニアの首都がわからん", "KE")]
    [TestCase("インドの首都はどこじゃった", "IN")]
    [TestCase("チリの首都を聞きたい", "CL")]
    [TestCase("マラガシーの首都は", "MG")]
    [TestCase("黄金海岸の首都ってどこ", "GH")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("どうやって使うのか教えて", "AMAZON.HelpIntent")]
    [TestCase("使い方がわからんのよ", "AMAZON.HelpIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都にはいって")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("お風呂に入って")]
    [TestCase("お茶をお願い")]
    [TestCase("明日の天気を聞きたい")]
    [TestCase("電子レンジの使い方がわからん")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
