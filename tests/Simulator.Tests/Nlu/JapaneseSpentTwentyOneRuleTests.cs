using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The second Japanese pass on the spent round 20 (interactionModel/README.md, *Second pass on spent round 20
/// for Japanese (session 18)*): the desire ending ～たい / ～みたい no longer read as タイ (Thailand), carriers of a check
/// (確認したいんだけど), a place named in a clause and then "首都ってどこ", 宿題 and 寄港 no longer words of another fact,
/// reverse questions (〇〇が首都の国って), and help, stop, cancel and launch wordings; each family with sentences no
/// corpus has, and the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseSpentTwentyOneRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("来年ケニアに行きたいんだけど首都ってどこ", "KE")]
    [TestCase("ちょっと知りたいんだけどペルーの首都は", "PE")]
    [TestCase("孫の宿題にチリの首都が出てるみたいなんだけどどこかな", "CL")]
    [TestCase("タイに行ってみたいんだけど首都はどこ", "TH")]
    [TestCase("念のため確認したいんだけどケニアの首都は", "KE")]
    [TestCase("記事を書く前に確かめたいんだけどペルーの首都ってどこ", "PE")]
    [TestCase("ちょっと調べたいんだけどガーナの首都は", "GH")]
    [TestCase("友達がポルトガルに住んでるんだけど首都ってどこ", "PT")]
    [TestCase("来月チリに出張なんだけど首都はどこ", "CL")]
    [TestCase("フェリーでマルタに寄港するんだけど首都はどこ", "MT")]
    [TestCase("夕飯にタイ料理を作ったんだけどそういえば首都ってどこ", "TH")]
    public void A_question_with_a_clause_of_the_speakers_situation_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("キトが首都の国ってどこ", "キト")]
    [TestCase("ナイロビが首都なのはどの国", "ナイロビ")]
    [TestCase("リマを首都にしてる国を教えて", "リマ")]
    [TestCase("ハノイって何て国の首都だっけ", "ハノイ")]
    public void A_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("どんな質問に答えられるの", "AMAZON.HelpIntent")]
    [TestCase("ルール教えて", "AMAZON.HelpIntent")]
    [TestCase("ヘルプ機能はある", "AMAZON.HelpIntent")]
    [TestCase("終わり終わり", "AMAZON.StopIntent")]
    [TestCase("今日はここまでで大丈夫", "AMAZON.StopIntent")]
    [TestCase("そろそろやめようか", "AMAZON.StopIntent")]
    [TestCase("待って今のなし", "AMAZON.CancelIntent")]
    [TestCase("今のキャンセル", "AMAZON.CancelIntent")]
    [TestCase("間違えて話しかけちゃった", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都さん起動して")]
    [TestCase("世界の首都さんお願い")]
    [TestCase("アレクサ世界の首都のスキルを開いて")]
    public void A_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("トルコに行きたいんだけど首都の天気は")]
    [TestCase("ペルーに行くんだけど首都のホテルはどこ")]
    [TestCase("娘の宿題が終わらないんだけどどうしよう")]
    [TestCase("天気予報のスキル開いて")]
    [TestCase("今日のニュースをキャンセルして")]
    [TestCase("ナイロビが首都の国の人口は")]
    [TestCase("タイ料理が食べたい")]
    [TestCase("港の近くのホテルを教えて")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
