using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 24 tuning for Japanese (interactionModel/README.md, *Round 24 tuning for Japanese (session 23)*): the
/// fillers ほんじゃ / それと / もうひとつ / じゃじゃ / わっぜ気になっど and "聞かれたんだけど" before a question, dialect and
/// spoken endings (どこじゃ, だったべ, なんて町, 何ちゅうとこけ, おしえでけさいん, 教えてけろ, くれるかい, にして), the
/// katakana slip マレーシャ, "中心地" / "中心の町" / "中心の集落" for a territory's seat, the everyday and former names
/// エミレーツ and カンプチア and the formal エジプト・アラブ共和国, reverse frames ("X が首都なのって", "首都が X なのは",
/// "X はなんていう国の首都", "X っていう首都はどこの国のもの"), the repairs いや待って / 訂正して, help, cancel and launch
/// wordings (やり方, さっぱりわからん, 今の要らない, 取り消しできる, いやなんもない, 開いてつかあさい, に切り替えて,
/// というスキルを起動して); each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyFourRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ほんじゃあペルーの首都は", "PE")]
    [TestCase("それとさチリの首都ってどこ", "CL")]
    [TestCase("もう1つケニアの首都は", "KE")]
    [TestCase("じゃじゃペルーの首都はどこだべ", "PE")]
    [TestCase("友達に聞かれたんだけどモンゴルの首都はどこ", "MN")]
    [TestCase("息子に聞かれたんですがトルコの首都は", "TR")]
    [TestCase("わっぜ気になっどペルーの首都は", "PE")]
    [TestCase("ペルーの首都はどこじゃろ", "PE")]
    [TestCase("トルコの首都はなんて町", "TR")]
    [TestCase("それとイランはなんていう街", "IR")]
    [TestCase("イランの首都は何ちゅうとこけ", "IR")]
    [TestCase("ケニアの首都おしえでけろ", "KE")]
    [TestCase("ペルーの首都教えでけさいん", "PE")]
    [TestCase("チリの首都ってどこだったべか", "CL")]
    [TestCase("トルコの首都を教えてくれるかい", "TR")]
    [TestCase("マレーシャの首都は", "MY")]
    [TestCase("グアムの中心地ってどこ", "GU")]
    [TestCase("ニューカレドニアの中心の町はどこ", "NC")]
    [TestCase("ジブラルタルの中心の集落は", "GI")]
    [TestCase("カンプチアの首都は", "KH")]
    [TestCase("エミレーツの首都ってどこ", "AE")]
    [TestCase("エジプト・アラブ共和国の首都は", "EG")]
    [TestCase("ペルーの首都いや待ってチリの首都", "CL")]
    [TestCase("トルコの首都訂正してギリシャの首都", "GR")]
    [TestCase("チリの首都じゃなくてペルーの首都にして", "PE")]
    public void A_question_in_the_rounds_wordings_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビが首都なのってどこ", "ナイロビ")]
    [TestCase("首都がリマなのはどの国ですか", "リマ")]
    [TestCase("首都がオスロなのってどこだっけ", "オスロ")]
    [TestCase("キトはなんという国の首都ですか", "キト")]
    [TestCase("ハノイっていう首都はどこの国のものですか", "ハノイ")]
    public void A_reverse_question_names_the_city(string utterance, string city)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That((result.IntentName, result.Slot("city")?.Value), Is.EqualTo(("CityIntent", city)));
            Assert.That(result.Slot("city")?.FirstMatch, Is.Not.Null, $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("やり方がさっぱりわからん", "AMAZON.HelpIntent")]
    [TestCase("どう使うんだかさっぱりわからん", "AMAZON.HelpIntent")]
    [TestCase("どうやって聞けばいいの", "AMAZON.HelpIntent")]
    [TestCase("首都の聞き方教えてけろ", "AMAZON.HelpIntent")]
    [TestCase("今のは要らないです", "AMAZON.CancelIntent")]
    [TestCase("さっきの取り消しできる", "AMAZON.CancelIntent")]
    [TestCase("いやなんもないよ", "AMAZON.CancelIntent")]
    [TestCase("ううんなんもない", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都を起動してつかあさい")]
    [TestCase("世界の首都を開いてくれんね")]
    [TestCase("世界の首都に切り替えてください")]
    [TestCase("世界の首都というスキルを起動して")]
    [TestCase("アレクサ世界の首都に切りかえて")]
    [TestCase("世界の首都開いてくれるかい")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("電気を切って")]
    [TestCase("髪を切って")]
    [TestCase("タイマーを切って")]
    [TestCase("音楽をかけて")]
    [TestCase("ラジオに切り替えて")]
    [TestCase("音楽に切り替えて")]
    [TestCase("天気予報を開いて")]
    [TestCase("パンはもういらない")]
    [TestCase("カレーの作り方がさっぱりわからない")]
    [TestCase("地理のクイズを出して")]
    [TestCase("それと牛乳を買って")]
    [TestCase("なんもない日曜日")]
    [TestCase("エミレーツ航空の予約")]
    [TestCase("電気をオンにして")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
