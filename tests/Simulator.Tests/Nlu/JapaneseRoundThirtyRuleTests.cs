using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 30 tuning for Japanese (README section *Round 30 tuning for Japanese (session 29)*): the repairs
/// じゃなくって, 言い直し, うそうそ, しまった, 言い間違いで; the endings をお尋ねしたい, 知るしたいです, ってえのは, どこだい;
/// the recognition join の主と and the spelling ギニヤ; the old names ウバンギシャリ and 蘭領東インド; the place reference
/// 主な町; the stop cues すっぺ and これで終了; the launch words ってやつ and てみて;
/// each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundThirtyRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("チリの首都じゃなくってペルーの首都", "PE")]
    [TestCase("ケニアの首都言い直しインドの首都", "IN")]
    [TestCase("トルコの首都うそうそドイツの首都", "DE")]
    [TestCase("ケニアの首都しまったペルーの首都", "PE")]
    [TestCase("インドの首都言い間違いでチリの首都", "CL")]
    [TestCase("ケニアの首都をお尋ねしたいです", "KE")]
    [TestCase("ペルーの首都を知るしたいです", "PE")]
    [TestCase("ドイツの首都ってえのはどこだい", "DE")]
    [TestCase("チリの主と", "CL")]
    [TestCase("ギニヤの首都ってどこ", "GN")]
    [TestCase("ウバンギシャリの首都は", "CF")]
    [TestCase("蘭領東インドの首都ってどこ", "ID")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("そろそろ終わりにすっぺ", "AMAZON.StopIntent")]
    [TestCase("クイズはこれで終了", "AMAZON.StopIntent")]
    [TestCase("今のは取り消しといて", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都ってやつを起動してみて")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("宿題を終わらせて")]
    [TestCase("予約を取り消したい")]
    [TestCase("洗濯機の使い方わかりません")]
    [TestCase("明日の天気をお尋ねしたいです")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
