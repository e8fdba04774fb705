using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 31 tuning for Japanese (README section *Round 31 tuning for Japanese (session 31)*): the follow-up
/// leads 最後に, じゃ今度は, 同じ調子で with the endings だけ聞かせて / だけ教えて / でお願い; the Tohoku filler んだの and
/// ending どごなんだや; the recognition joins の舅 (州都), 霧バス, えいこく / べいこく and the spelling リトワニア; the stop,
/// cancel and help cues 終わりにする, 止めとくれやす, よろしおす, 取り消しとくれやす, やめときます / やめとくわ, 無効にして,
/// なんて言えばいいのか, どんなふうに聞く, 聞いていいの, 聞けるのか; the launch words 開けて, 入りたい and のやつ;
/// each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundThirtyOneRuleTests
{
    [TestCase("リトワニアの首都を教えて", "LT")]
    [TestCase("霧バスの首都ってどこだっけ", "KI")]
    [TestCase("テキサス州の舅は", "US-TX")]
    [TestCase("えいこくのしゅとってどこ", "GB")]
    [TestCase("べいこくのしゅとおしえて", "US")]
    [TestCase("最後にケニアだけ教えて", "KE")]
    [TestCase("じゃ今度はペルーでお願いします", "PE")]
    [TestCase("同じ調子でチリも", "CL")]
    [TestCase("んだのペルーの首都はどごなんだや", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("今日はもう終わりにするわ", "AMAZON.StopIntent")]
    [TestCase("もうよろしおす止めとくれやす", "AMAZON.StopIntent")]
    [TestCase("さっきのは取り消しとくれやす", "AMAZON.CancelIntent")]
    [TestCase("うーんやっぱりやめとくわ", "AMAZON.CancelIntent")]
    [TestCase("さっきの質問は無効にして", "AMAZON.CancelIntent")]
    [TestCase("なんて言えばいいのか教えて", "AMAZON.HelpIntent")]
    [TestCase("どんなふうに聞くの", "AMAZON.HelpIntent")]
    [TestCase("国の首都も聞けるのか", "AMAZON.HelpIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都のやつを開けて")]
    [TestCase("世界の首都に入りたいな")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("タバコはもうやめとくわ")]
    [TestCase("冷蔵庫を開けて")]
    [TestCase("お風呂に入りたい")]
    [TestCase("予約を無効にして")]
    [TestCase("テレビを止めとくれやす")]
    [TestCase("日本語でなんて言えばいいのか教えて")]
    [TestCase("明日は雨でお願い")]
    [TestCase("最後にお茶だけ聞かせて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
