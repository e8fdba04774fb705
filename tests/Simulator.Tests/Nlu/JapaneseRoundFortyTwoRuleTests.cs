using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 42 tuning for Japanese (README section *Round 42 tuning for Japanese (session 43)*): the follow-up opener
/// そいじゃ; the endings もいける (a follow-up place), が必要 and を両方 (after a list of places); the formal-name
/// suffix ハシェミット王国; the reverse question どこの州都 (as どこの州の州都); a check that ends で正解; help cues なんて言やあ,
/// どう頼めば, どうすんだっぺ, どうやったらいい / ええ, どうやってつかう; stop cues やめましょう, 練習終わり, うるさい / うるせえ,
/// 黙っとけ; cancel cues なかったことで, なんでもなか; launch words くんつぇ and クイズしたい / クイズしよう; not-places 関東, 関西,
/// アステカ, 清. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFortyTwoRuleTests
{
    [TestCase("そいじゃケニアは", "KE")]
    [TestCase("チリもいける", "CL")]
    [TestCase("ペルーの首都が必要", "PE")]
    [TestCase("チリの首都はサンティアゴで正解", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ペルーとチリの首都を両方", "CapitalIntent")]
    [TestCase("ヨルダンハシェミット王国の首都ってどこ", "CapitalIntent")]
    [TestCase("デンバーはどこの州都", "CityIntent")]
    [TestCase("なんて言やあいいの", "AMAZON.HelpIntent")]
    [TestCase("どう頼めばいいの", "AMAZON.HelpIntent")]
    [TestCase("どうすんだっぺこれ", "AMAZON.HelpIntent")]
    [TestCase("どうやったらいいのか教えて", "AMAZON.HelpIntent")]
    [TestCase("どうやってつかうの", "AMAZON.HelpIntent")]
    [TestCase("もうやめましょう", "AMAZON.StopIntent")]
    [TestCase("うるせえ", "AMAZON.StopIntent")]
    [TestCase("練習終わり", "AMAZON.StopIntent")]
    [TestCase("だまっとけ", "AMAZON.StopIntent")]
    [TestCase("さっきのはなかったことで", "AMAZON.CancelIntent")]
    [TestCase("いやなんでもなか", "AMAZON.CancelIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都起動してくんつぇ")]
    [TestCase("世界の首都でクイズしたい")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("アステカの首都は")]
    [TestCase("清の首都は")]
    [TestCase("関西の首都はどこ")]
    [TestCase("そいじゃ行ってくる")]
    [TestCase("明日もいける")]
    [TestCase("お金が必要")]
    [TestCase("宿題が必要")]
    [TestCase("ラーメンを両方")]
    [TestCase("隣の犬がうるさい")]
    [TestCase("テレビうるせえ")]
    [TestCase("この料理どうやったらいい")]
    [TestCase("世界の首都について聞いて")]
    [TestCase("この答えで正解")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
