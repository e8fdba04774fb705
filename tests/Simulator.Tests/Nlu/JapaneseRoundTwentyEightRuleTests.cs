using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 28 tuning for Japanese (README section *Round 28 tuning for Japanese (session 27)*): the old names
/// マラヤ, アビシニア, 北/南ローデシア, タンガニーカ, 南西アフリカ, ギルバート諸島, エリス諸島 (and って今の国の), the spellings
/// ガテマラ, マレーシヤ, パプアニューギニヤ and the ASR コスタ理科; the endings じゃったかいな, 何ていうとこ, 教えてちょう,
/// になるの / になりますか, がわからんわけさ, についてお伺いしてもよろしいですか; the fillers ほらあれ, そしたら, だからよー,
/// アレクサさん; the repairs 訂正します, ちごうた, 違うばい, やっぱなし訂正; the stop ゲームおしまい and the launch verbs
/// 接続 / 練習 with ちょう; Italian regions as not-places; each family with sentences no corpus has, and out-of-domain
/// neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyEightRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("マラヤの首都って今どこ", "MY")]
    [TestCase("アビシニアの首都ってどこ", "ET")]
    [TestCase("北ローデシアの首都は", "ZM")]
    [TestCase("南ローデシアの首都ってどこ", "ZW")]
    [TestCase("タンガニーカの首都を教えて", "TZ")]
    [TestCase("南西アフリカの首都は", "NA")]
    [TestCase("ギルバート諸島の首都は", "KI")]
    [TestCase("エリス諸島の首都ってどこ", "TV")]
    [TestCase("ガテマラの首都は", "GT")]
    [TestCase("マレーシヤの首都を教えて", "MY")]
    [TestCase("パプアニューギニヤの首都ってどこ", "PG")]
    [TestCase("コスタ理科の首都はどこ", "CR")]
    [TestCase("ペルーの首都はどこじゃったかいな", "PE")]
    [TestCase("ケニアの首都は何ていうとこ", "KE")]
    [TestCase("チリの首都教えてちょう", "CL")]
    [TestCase("トルコの首都ってどこになるの", "TR")]
    [TestCase("インドの首都はどこになりますか", "IN")]
    [TestCase("ケニアの首都がわからんわけさ", "KE")]
    [TestCase("ペルーの首都についてお伺いしてもよろしいですか", "PE")]
    [TestCase("ドイツのほらあれ首都ってどこ", "DE")]
    [TestCase("そしたらチリの首都は", "CL")]
    [TestCase("だからよーペルーの首都ってどこ", "PE")]
    [TestCase("ペルーの首都じゃなくて訂正しますチリの首都", "CL")]
    [TestCase("ドイツの首都いやちごうたフランスの首都じゃ", "FR")]
    [TestCase("インドの首都あ違うばいネパールの首都", "NP")]
    [TestCase("ケニアの首都やっぱなし訂正エジプトの首都", "EG")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("もうゲームおしまい", "AMAZON.StopIntent")]
    [TestCase("今日のゲームは終わり", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都に接続してください")]
    [TestCase("世界の首都で練習したい")]
    [TestCase("世界の首都をひらいてちょう")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("トスカーナの首都はどこ")]
    [TestCase("ロンバルディア州の州都は")]
    [TestCase("ピエモンテの州都ってどこ")]
    [TestCase("テレビに接続して")]
    [TestCase("ピアノの練習をしたい")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
