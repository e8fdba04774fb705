using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 54 tuning for Japanese (README section *Round 54 tuning for Japanese (session 60)*): fillers for a time
/// said first (深夜二時), a partner, a gathering or a class said first (相方が, 芋煮会で, 日本語の教室で) and a tea served
/// first (一服差し上げたあと); the endings 間違えよってん / 正解は, 言うてみいや / すぐ言えるやろ, (わたし)忘れたよ, すぐ寝るから /
/// もう寝るから, が知りたいきん, を一発で, の話になった(んだず), をお聞きしたくて, が気になる, それぞれどこ; joins for a coin's
/// building (の硬貨に描いてある建物は, 首都にあるのどこ), a misheard どこ (首都ってとこは), a count of capitals
/// (には首都がいくつあって), a reverse question (って首都なの何の国の, が首都の国の名前), an export paper (への輸出書類に首都,
/// 首都書くんだけど), an agent or branch in the capital (の首都に代理店あるんだっけ), a visit (の首都に挨拶に行くことになった),
/// a guest asked (のお客様に首都), a talk (の首都について話します) and 日本食 kept one word; help cues 首都の聞き方って決まり;
/// cancel cues 取りやめます; reason openers 赤ちゃん / 子供 after a stop; the launch ending にしてちょうだい;
/// the not-place 宇宙. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyFourRuleTests
{
    [TestCase("深夜2時チリの首都が気になる", "CL")]
    [TestCase("相方がペルーの首都間違えよってん正解は", "PE")]
    [TestCase("トルコの首都言うてみいやすぐ言えるやろ", "TR")]
    [TestCase("ケニアの首都私忘れたよ", "KE")]
    [TestCase("ペルーの首都だけ教えてもう寝るから", "PE")]
    [TestCase("インドの首都が知りたいきん", "IN")]
    [TestCase("チリの首都を一発で", "CL")]
    [TestCase("日本語の教室でペルーの首都について話します", "PE")]
    [TestCase("芋煮会でタイの首都の話になった", "TH")]
    [TestCase("フランスのお客様に一服差し上げたあと首都をお聞きしたい", "FR")]
    [TestCase("ペルーのコインに描いてある建物は首都にあるのどこ", "PE")]
    [TestCase("ブラジルの首都ってとこは", "BR")]
    [TestCase("ボリビアには首都がいくつあってそれぞれどこ", "BO")]
    [TestCase("中国への輸出書類に首都書くんだけどどこ", "CN")]
    [TestCase("ノルウェーの首都に支店あるんだっけどこ", "NO")]
    [TestCase("ラオスの首都の日本食レストランに卸すんだけど首都名は", "LA")]
    [TestCase("インドの首都に挨拶に行くことになったどこ", "IN")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビって首都なの何の国の", "nairobi")]
    [TestCase("リマが首都の国の名前は", "lima")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("首都の聞き方に決まりはあるの", "AMAZON.HelpIntent")]
    [TestCase("質問の聞き方って決まりあるの", "AMAZON.HelpIntent")]
    [TestCase("さっきの質問を取りやめます", "AMAZON.CancelIntent")]
    [TestCase("静かにして子供が寝てるから", "AMAZON.StopIntent")]
    [TestCase("止めて赤ちゃん起きちゃうから", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都にしてちょうだい")]
    public void A_launch_wording_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("宇宙の首都はどこ")]
    [TestCase("宇宙の広さはどれくらい")]
    [TestCase("深夜二時にラーメン食べたい")]
    [TestCase("相方がボケへんねん")]
    [TestCase("芋煮会で何食べる")]
    [TestCase("正解は")]
    [TestCase("日本食レストランを探して")]
    [TestCase("明日の天気が気になる")]
    [TestCase("英語について話します")]
    [TestCase("料理の話になった")]
    [TestCase("予約を取りやめます")]
    [TestCase("旅行を取りやめる")]
    [TestCase("パスタの聞き方って決まりあるの")]
    [TestCase("ジャズにしてちょうだい")]
    [TestCase("一発で決めたい")]
    [TestCase("赤ちゃんの名前を決めて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
