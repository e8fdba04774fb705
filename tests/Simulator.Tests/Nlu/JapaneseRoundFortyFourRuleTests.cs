using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 44 tuning for Japanese (README section *Round 44 tuning for Japanese (session 45)*): the otherFacts
/// character 港 narrowed to the runs 港の名前, 港まで, 港から, 近い港 (a scene at a port, 下関の港に / 八戸港さ, and 香港 no
/// longer block a capital question); the fillers つぎは / つぎ; the list words まとめて, いっしょに / 一緒に, ふたつ; stop cues
/// やめっぺ, やめんさい, 止めてください, 止めろって, 喋んなくていい; cancel cues フォゲットイット, やっぱし,
/// けしてください, とりけし; help cues 何聞きゃいい, 何聞げばいい, どうやってしゃべれば, 聞きゃあええ, 名前言えばいいの,
/// 何て言ったらええ, ハウトゥーユーズ; launch verbs 起動すっぺ, 開いてくれはる, 開いてほしい, 開いてください and the words
/// around a launch っす, オッケー. Each family with sentences no corpus has, and out-of-domain neighbours that must still
/// fall back.</summary>
public class JapaneseRoundFortyFourRuleTests
{
    [TestCase("下関の港に来た船がペルーのじゃけど首都はどこかいね", "PE")]
    [TestCase("八戸港さチリの船来たっけ首都はどこだべ", "CL")]
    [TestCase("香港に首都ってあるんか", "HK")]
    [TestCase("つぎはペルー", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ペルーとチリの首都まとめて", "CapitalIntent")]
    [TestCase("ドイツとフランスの首都いっしょに", "CapitalIntent")]
    [TestCase("もうやめっぺ", "AMAZON.StopIntent")]
    [TestCase("もうええけえやめんさい", "AMAZON.StopIntent")]
    [TestCase("止めてください", "AMAZON.StopIntent")]
    [TestCase("もう喋んなくていいよ", "AMAZON.StopIntent")]
    [TestCase("今のけしてください", "AMAZON.CancelIntent")]
    [TestCase("さっきのちがいますとりけし", "AMAZON.CancelIntent")]
    [TestCase("何聞きゃいいんだべ", "AMAZON.HelpIntent")]
    [TestCase("なに聞げばいいの", "AMAZON.HelpIntent")]
    [TestCase("どうやってしゃべればいいの", "AMAZON.HelpIntent")]
    [TestCase("何て言ったらええの", "AMAZON.HelpIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都起動すっぺ")]
    [TestCase("世界の首都開いてください")]
    [TestCase("オッケー世界の首都開いて")]
    [TestCase("世界の首都開いてほしいっす")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("ペルーの首都から一番近い港はどこ")]
    [TestCase("ペルーの首都の港の名前")]
    [TestCase("首都から港までどのくらい")]
    [TestCase("チリの港の名前を教えて")]
    [TestCase("テレビ止めてください")]
    [TestCase("音楽を開いてください")]
    [TestCase("アラーム消してください")]
    [TestCase("ドアを開いてほしい")]
    [TestCase("つぎは天気")]
    [TestCase("つぎの電車は何時")]
    [TestCase("ペルーとチリの料理まとめて")]
    [TestCase("ドイツとフランスの人口いっしょに")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
