using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 21 tuning for Japanese (interactionModel/README.md, *Round 21 tuning for Japanese (session 20)*): a long
/// clause of the speaker's situation before the question (its connectors んだけど / けど / って言ってた and kin words
/// おばあちゃん as one word each, so the clause fits the clause rule), dialect and casual endings (だろうね, じゃったかな,
/// やったがけ), follow-up openers and "Xも教えて", 首都わ for 首都は, older ヤ spellings of place names, and help, stop and
/// launch wordings; each family with sentences no corpus has, and the out-of-domain neighbours that must still fall
/// back.</summary>
public class JapaneseRoundTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("おじいちゃんが若いころケニアで働いてたって言ってたけど首都はどこ", "KE")]
    [TestCase("近所の図書館で借りた本にペルーが出てきたんだけど首都どこだろうね", "PE")]
    [TestCase("お隣さんがチリに旅行に行ってたんやけど首都はどこ", "CL")]
    [TestCase("ノルウェーの首都はどこじゃったかな", "NO")]
    [TestCase("ほんでペルーの首都はどこやったがけ", "PE")]
    [TestCase("それならケニアも教えて", "KE")]
    [TestCase("なるほどねチリの首都は", "CL")]
    [TestCase("ガーナの首都わどこ", "GH")]
    [TestCase("エチオピヤの首都はどこ", "ET")]
    [TestCase("イタリヤの首都を教えて", "IT")]
    public void A_question_in_the_rounds_wordings_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("何て聞いたら使えるの", "AMAZON.HelpIntent")]
    [TestCase("どういうことができるの", "AMAZON.HelpIntent")]
    [TestCase("どんなふうに聞けばいいの", "AMAZON.HelpIntent")]
    [TestCase("そろそろ終わりにしよう", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都を開けてくれ")]
    [TestCase("アレクサ世界の首都のスキルを開いてください")]
    public void A_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("天気予報のスキルを開いてちょうだい")]
    [TestCase("おばあちゃんに電話して")]
    [TestCase("ケニアに行くんだけど首都の天気は")]
    [TestCase("ペルーに行ったけど首都の人口は")]
    [TestCase("予約をキャンセルしたい")]
    [TestCase("イタリヤ料理の店を教えて")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
