using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 49 tuning for Japanese (README section *Round 49 tuning for Japanese (session 51)*): the Akita polite
/// ending だす, follow-up endings (も)知りたいんやけど / んだけど / んですけど, は何ていう, 聞ぐべ and the openers
/// ひまだがら / さっきのに続けて; help cues (なに)をききますか, なんば言えば (Kyushu), どんな国が聞ける, 州の首都も聞ける;
/// stop cues クローズして / クローズで, 一旦止めて / 一旦やめて, 止めまい / やめまい (Sanuki), もう終わりで, もうええだす;
/// cancel cues 取り消しお願い, キャンセルで頼む, ペンディングで; launch words くれまい, まじで, サクッと, とりあえず,
/// 開いといて, ローンチ(して). Each family with sentences no corpus has, and out-of-domain neighbours that must still
/// fall back.</summary>
public class JapaneseRoundFortyNineRuleTests
{
    [TestCase("つぎはペルーだす", "PE")]
    [TestCase("チリの首都はどこだす", "CL")]
    [TestCase("ペルーも知りたいんだけど", "PE")]
    [TestCase("チリも知りたいんですけど", "CL")]
    [TestCase("それからケニアは何ていう", "KE")]
    [TestCase("ひまだがらチリの首都聞ぐべ", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("何を聞きますか", "AMAZON.HelpIntent")]
    [TestCase("なんば聞けばよかと", "AMAZON.HelpIntent")]
    [TestCase("どの国が聞けるの", "AMAZON.HelpIntent")]
    [TestCase("州都も聞けますか", "AMAZON.HelpIntent")]
    [TestCase("いったんやめて", "AMAZON.StopIntent")]
    [TestCase("ここでクローズして", "AMAZON.StopIntent")]
    [TestCase("もうやめまい", "AMAZON.StopIntent")]
    [TestCase("クイズはもう終わりで", "AMAZON.StopIntent")]
    [TestCase("さっきの質問は取り消しお願いします", "AMAZON.CancelIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都を開いてくれまい")]
    [TestCase("世界の首都をとりあえず開いて")]
    [TestCase("世界の首都をささっと起動して")]
    [TestCase("世界の首都ひらいといて")]
    [TestCase("世界の首都をローンチ")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("明日の天気も知りたいんだけど")]
    [TestCase("ひまだがら歌っでけれ")]
    [TestCase("洗濯機を一旦止めて")]
    [TestCase("どんな国が好き")]
    [TestCase("タイマーをとりあえず起動して")]
    [TestCase("英語で猫は何ていう")]
    [TestCase("音楽をサクッと開いて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
