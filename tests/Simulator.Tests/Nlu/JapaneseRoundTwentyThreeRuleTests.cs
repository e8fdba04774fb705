using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 23 tuning for Japanese (interactionModel/README.md, *Round 23 tuning for Japanese (session 22)*): older
/// ヤ spellings (サウジアラビヤ), English names said in katakana (ユーケー, ユーエスエー, ジャパン, ワットイズ before a name),
/// older names (白ロシア, 上ボルタ, 英領ホンジュラス, バストランド) and "X だったが" before the question, Oita / Miyazaki
/// ちくれ for てくれ and どげえ / どげん for どう, endings (だね, 教えとくれ, 知ってたりする, とごだっきゃ, じゃなかった), the
/// filler ワンチャン and "同じ質問で", stop "ここで終了", launch endings (開いてけろ, 開いてくんしゃい, で勝負), and reverse
/// frames ("X を首都にしてる国は", "首都が X の国", "X って何州の州都"); each family with sentences no corpus has, and
/// out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyThreeRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ブルガリヤの首都はどこ", "BG")]
    [TestCase("タンザニヤの首都", "TZ")]
    [TestCase("みなみアフリカの首都は", "ZA")]
    [TestCase("ユーケーの首都は", "GB")]
    [TestCase("ユーエスエーの首都はどこ", "US")]
    [TestCase("ワットイズドイツの首都", "DE")]
    [TestCase("ジャパンの首都はどこ", "JP")]
    [TestCase("チャイナの首都ってどこ", "CN")]
    [TestCase("白ロシアの首都はどこ", "BY")]
    [TestCase("上ボルタの首都を教えて", "BF")]
    [TestCase("英領ホンジュラスの首都はどこ", "BZ")]
    [TestCase("バストランドの首都って", "LS")]
    [TestCase("昔はセイロンだったが首都はどこ", "LK")]
    [TestCase("ペルーの首都知ってたりする", "PE")]
    [TestCase("同じ質問でチリは", "CL")]
    [TestCase("ケニアの首都はどこだね", "KE")]
    [TestCase("トルコの首都を教えとくれ", "TR")]
    [TestCase("なぁペルーの首都ってなんてとごだっきゃ", "PE")]
    [TestCase("チリの首都ってサンティアゴじゃなかった", "CL")]
    public void A_question_in_the_rounds_wordings_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("リマを首都にしてる国は", "リマ")]
    [TestCase("首都がキトの国", "キト")]
    [TestCase("パースって何州の州都", "パース")]
    [TestCase("サクラメントはどこの州の州都", "サクラメント")]
    public void A_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("今の取り消しちくれ", "AMAZON.CancelIntent")]
    [TestCase("もう終わりにしちくれ", "AMAZON.StopIntent")]
    [TestCase("今日のクイズはここで終了", "AMAZON.StopIntent")]
    [TestCase("今日の勉強はここでおしまい", "AMAZON.StopIntent")]
    [TestCase("どげん使うか教えちくれ", "AMAZON.HelpIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都開いてけろ")]
    [TestCase("世界の首都を開いてくんしゃい")]
    [TestCase("世界の首都で勝負したい")]
    public void A_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("フランスの首都までのフライト")]
    [TestCase("ドイツの首都までの飛行機代")]
    [TestCase("電気を消しちくれ")]
    [TestCase("チャイナタウンの行き方")]
    [TestCase("ジャパンカップの結果")]
    [TestCase("ユーケーの天気")]
    [TestCase("ワットイズディス")]
    [TestCase("マダガスカルはどこにあるの")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
