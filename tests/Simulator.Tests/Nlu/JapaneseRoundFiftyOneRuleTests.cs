using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 51 tuning for Japanese (README section *Round 51 tuning for Japanese (session 55)*): cancel cues 打ち消して,
/// 今のリセット, やめちょこう (Oita), 答えはいらない; stop cues もうええで / もうええよ, やめちょくわ (Oita), 退出; help cues
/// in honorific speech (ご説明いただけますか, お教えいただけますか); launch verbs -たって (Kansai 開けたって), 受験勉強したい /
/// 自由研究する / 下調べをしたい; fillers 恐れ入りますが, 暗記カード; the repair 今のじゃなくて; the endings 相手なんだけど and
/// どこになっとるん. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyOneRuleTests
{
    [TestCase("恐れ入りますがチリの首都を教えてください", "CL")]
    [TestCase("暗記カードポーランドの首都は", "PL")]
    [TestCase("いまのじゃなくてハンガリーの方", "HU")]
    [TestCase("メキシコの首都どこ今日の対戦相手なんだけど", "MX")]
    [TestCase("オーストラリアのクイーンズランド州は州都がどこになってるの", "AU-QLD")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("さっきの質問打ち消して", "AMAZON.CancelIntent")]
    [TestCase("さっきのリセットして", "AMAZON.CancelIntent")]
    [TestCase("やっぱりやめちょこう", "AMAZON.CancelIntent")]
    [TestCase("答えはいらないです", "AMAZON.CancelIntent")]
    [TestCase("眠いからもうええよ", "AMAZON.StopIntent")]
    [TestCase("もうええで", "AMAZON.StopIntent")]
    [TestCase("今日はもうやめちょくわ", "AMAZON.StopIntent")]
    [TestCase("退出します", "AMAZON.StopIntent")]
    [TestCase("使い方をお教えいただけますか", "AMAZON.HelpIntent")]
    [TestCase("すみませんが使い方をご説明いただけますか", "AMAZON.HelpIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都起動したって")]
    [TestCase("世界の首都で自由研究したい")]
    [TestCase("世界の首都を開いて受験勉強する")]
    [TestCase("世界の首都で旅行の下調べをしたい")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("メールにどう答えたらいいの")]
    [TestCase("テレビを退出して")]
    [TestCase("パスワードをリセットして")]
    [TestCase("洗濯機もうええよ")]
    [TestCase("恐れ入りますが明日の天気を教えてください")]
    [TestCase("先生にご説明いただけますか")]
    [TestCase("発表の順番を教えて")]
    [TestCase("電気を打ち消して")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
