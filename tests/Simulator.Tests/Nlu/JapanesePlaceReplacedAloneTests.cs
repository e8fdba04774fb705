using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A Japanese place replaced by another said alone (session 60). Japanese puts the noun after the place, and a
/// speaker who corrects the place after "の首都" often says only the new place, with a closing word or not ("ベルギーの首都
/// いやオランダ", "ペルーの首都間違えたチリでした"), instead of saying "の首都" again after it, as
/// "インドの首都間違えたパキスタンの首都" does: the first place, its "の首都" and the repair are abandoned, and the new place
/// reads alone. Neighbours: a repair followed by a place and another noun ("タンザニアの天気"), by no place, or by the
/// same place again, still falls back.</summary>
public class JapanesePlaceReplacedAloneTests
{
    [TestCase("ベルギーの首都いやオランダ", "NL")]
    [TestCase("ケニアの首都ごめんタンザニア", "TZ")]
    [TestCase("スイスの首都じゃなくてオーストリアのほう", "AT")]
    [TestCase("ペルーの首都間違えたチリでした", "CL")]
    [TestCase("カナダの首都いや違うメキシコだった", "MX")]
    [TestCase("エジプトの首都えっとモロッコの", "MA")]
    [TestCase("テキサス州の州都いやオハイオ州", "US-OH")]
    public void A_place_replaced_by_another_said_alone_reads_the_new_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("インドの首都間違えたパキスタンの首都", "PK")]
    [TestCase("ラトビアいやリトアニアの首都", "LT")]
    public void A_replacement_said_with_its_noun_still_reads(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ケニアの首都じゃなくてナイロビの人口")]
    [TestCase("ケニアの首都ごめんタンザニアの天気")]
    [TestCase("フランスの首都いやなんでもない")]
    [TestCase("スペインの首都いや今日の天気")]
    [TestCase("ブラジルの首都じゃなくてブラジルの人口")]
    public void A_repair_followed_by_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
