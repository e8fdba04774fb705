using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 27 tuning for Japanese (README section *Round 27 tuning for Japanese (session 26)*): the dialect
/// endings of Awa, Sanuki, Hida, Mino and Koshu (どこでえ, なんな, やさな, やな, やお, けー, くりょう, くれんか, やったん,
/// 忘れてしもたわ, 調べてだ), the literary なんといったかね / でございましょう / 何て都市, the fillers おまん, そのー, ですね,
/// 失礼ですが and a learner's 日本語むずかしいけど, the spellings ジンバブウェ, ミクロネシヤ, エルサルバトル, 北マケドニア,
/// ジャージー島 and the ASR 種痘 for 首都; help, stop and launch wordings (何をしてくれる, なんて聞けば, 説明をもう一度,
/// 遊ぶのやめる, やめやあ, 終わらせて, 起動して, 開いてくれんさ, つけやあ, 開いてだ); the planets and 西ドイツ as
/// not-places; each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentySevenRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("お遍路さんにペルーの人がおったけん首都はどこでえ", "PE")]
    [TestCase("チリの首都ってどこなんな", "CL")]
    [TestCase("トルコの首都ってどこやさな", "TR")]
    [TestCase("祭りにケニアの人が来とるんやけど首都どこやな", "KE")]
    [TestCase("スイスの首都教えてくれんか", "CH")]
    [TestCase("ペルーの首都ってどこやお", "PE")]
    [TestCase("おまんペルーの首都知ってるけー", "PE")]
    [TestCase("ペルーの首都教えてくりょう", "PE")]
    [TestCase("ケニアの首都はどこやったん", "KE")]
    [TestCase("トルコの首都はどこだったろう", "TR")]
    [TestCase("チリの首都はなんといったかね", "CL")]
    [TestCase("失礼ですがインドの首都はどこでございましょう", "IN")]
    [TestCase("チリの首都まんでがん忘れてしもたわ", "CL")]
    [TestCase("ペルーの首都は何て都市", "PE")]
    [TestCase("そのーペルーのですね首都はですね", "PE")]
    [TestCase("日本語むずかしいけどケニアの首都はどこ", "KE")]
    [TestCase("北マケドニアの首都はどこ", "MK")]
    [TestCase("ジャージー島の首都は", "JE")]
    [TestCase("ジンバブウェの首都ってどこ", "ZW")]
    [TestCase("ミクロネシヤの首都は", "FM")]
    [TestCase("エルサルバトルの首都を教えて", "SV")]
    [TestCase("ドイツの種痘はどこ", "DE")]
    [TestCase("パパがケニアにしゅっちょうなんだけどしゅとってどこ", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("何をしてくれるの", "AMAZON.HelpIntent")]
    [TestCase("なんて聞けばいいの", "AMAZON.HelpIntent")]
    [TestCase("何聞いたらええの", "AMAZON.HelpIntent")]
    [TestCase("ヘルプ機能を使いたいんだけど", "AMAZON.HelpIntent")]
    [TestCase("説明をもう一度して", "AMAZON.HelpIntent")]
    [TestCase("どう使うんやさ", "AMAZON.HelpIntent")]
    [TestCase("もうクイズで遊ぶのやめる", "AMAZON.StopIntent")]
    [TestCase("やめやあ", "AMAZON.StopIntent")]
    [TestCase("もうやめといて", "AMAZON.StopIntent")]
    [TestCase("もう終わらせて", "AMAZON.StopIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都起動して")]
    [TestCase("世界の首都を始めてくれんさ")]
    [TestCase("世界の首都つけやあ")]
    [TestCase("世界の首都を開いてだ")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("火星の首都はどこ")]
    [TestCase("木星の首都ってどこ")]
    [TestCase("西ドイツの首都はどこだった")]
    [TestCase("電気を始めて")]
    [TestCase("エアコンを起動して")]
    [TestCase("洗濯機を終わらせて")]
    [TestCase("タイマーを開いて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
