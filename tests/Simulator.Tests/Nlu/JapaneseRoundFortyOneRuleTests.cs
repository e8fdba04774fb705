using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 41 tuning for Japanese (README section *Round 41 tuning for Japanese (session 42)*): follow-up openers
/// んだら (not read after a letter: なんだら) and そいから; the follow-up ending も頼むわ / も頼む; the Shikoku / Miyazaki
/// endings (どこ)やったかいの and どこっちゃろ(か); help cues どんなことに答えられますか, どうやって使いますか; stop cues もう終わろう,
/// 終了で, しずかにして; launch words 開いちょ(くれ), くりょう, くんねえかい; not-places ハイラル, 沿ドニエストル, 邪馬台国, ザンジバル,
/// ソマリランド. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFortyOneRuleTests
{
    [TestCase("んだらドイツは", "DE")]
    [TestCase("そいからペルー", "PE")]
    [TestCase("ケニアも頼むわ", "KE")]
    [TestCase("チリも頼む", "CL")]
    [TestCase("ペルーの首都どこやったかいの", "PE")]
    [TestCase("ケニアの首都ってどこっちゃろか", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("このスキルはどんなことに答えられますか", "AMAZON.HelpIntent")]
    [TestCase("どうやって使いますか", "AMAZON.HelpIntent")]
    [TestCase("もう終わろう", "AMAZON.StopIntent")]
    [TestCase("今日はこれで終了で", "AMAZON.StopIntent")]
    [TestCase("アレクサしずかにして", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都起動してくんねえかい")]
    [TestCase("世界の首都開いてくりょう")]
    [TestCase("世界の首都開いちょくれ")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("ハイラルの首都はどこ")]
    [TestCase("ザンジバルの首都どこ")]
    [TestCase("邪馬台国の首都ってどこ")]
    [TestCase("ソマリランドの首都を教えて")]
    [TestCase("沿ドニエストルの首都は")]
    [TestCase("そいからどうなったの")]
    [TestCase("なんだらこうなるの")]
    [TestCase("ピザも頼むわ")]
    [TestCase("窓開いちょくれ")]
    [TestCase("エアコン起動してくんねえかい")]
    [TestCase("明日の天気どこっちゃろか")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
