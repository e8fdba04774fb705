using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 38 tuning for Japanese (README section *Round 38 tuning for Japanese (session 39)*): follow-up endings
/// (もいっとくか, も聞いとこかな, も頼んどこかな, (のほうは)どこなんよ, なじょなんだべ, (も)教えてくんしゃい, 教えてごせ) and
/// follow-up openers (うんうん, ほいだら, おなじしつもんで, さっきの隣の国の); scene endings 聞かれちまってさ,
/// が気になったとよ, なんてとこだったかいな, どこにありますか, 全部言って, くださいませ; the Tottori check tail だがな
/// joined to だよね; 首都とされとる町 joined to 首都; the learner particle に首都の名前 joined to の首都の名前; fillers
/// マンマミーア, ああ, (ちょっと)お聞きしたいです; help cues (どういう質問なら, 何するもの, 言ったら答えてくれる,
/// でもわかるように, 何ができるのこのスキル, ハウツーユーズ, 使い方言って); stop cues (さよなら, そこまでにして, だまって,
/// しまいでええわ), cancel cues (聞いたのやめにして, なしにしといてくれ); launch words (つけて, 起こして, 呼んできて,
/// くんな, くんしゃい); not-places ハワイ王国 (kept whole by a join), 中つ国, and チェコスロバキア kept whole. Each family with
/// sentences no corpus has, and out-of-domain neighbours that must still fall back. Not here: "このスキルなにするものですか"
/// (falls back through capitals eval although "このアプリなにするものですか" reads as help; not traced).</summary>
public class JapaneseRoundThirtyEightRuleTests
{
    [TestCase("ついでにスペインもいっとくか", "ES")]
    [TestCase("ほなチリも聞いとこかな", "CL")]
    [TestCase("ペルーのほうも教えてくんしゃい", "PE")]
    [TestCase("ほなガーナも頼んどこかな", "GH")]
    [TestCase("タイはどこなんよ", "TH")]
    [TestCase("チリはなじょなんだべ", "CL")]
    [TestCase("うんうんほいだらペルーは", "PE")]
    [TestCase("おなじしつもんでチリは", "CL")]
    [TestCase("さっきの隣の国のカンボジアはどこ", "KH")]
    [TestCase("ケニアの首都を聞かれちまってさ", "KE")]
    [TestCase("ペルーの首都ってなんてとこだったかいな", "PE")]
    [TestCase("トルコの首都はアンカラだがな", "TR")]
    [TestCase("ガーナの首都の名前を言ってくださいませ", "GH")]
    [TestCase("マンマミーアペルーの首都はどこ", "PE")]
    [TestCase("ちょっとお聞きしたいですケニアの首都はどこですか", "KE")]
    [TestCase("ペルーは首都どこにありますか", "PE")]
    [TestCase("ボリビアって首都いくつあるのか全部言って", "BO")]
    [TestCase("ボリビアの首都とされとる町を教えて", "BO")]
    [TestCase("ケニアに首都の名前を教えて", "KE")]
    [TestCase("ガーナの首都教えてごせ", "GH")]
    [TestCase("散歩しよったらチリの首都が気になったとよ", "CL")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("どういう質問ならいいの", "AMAZON.HelpIntent")]
    [TestCase("どう言ったら答えてくれるの", "AMAZON.HelpIntent")]
    [TestCase("子供でもわかるように説明して", "AMAZON.HelpIntent")]
    [TestCase("何ができるのこのスキル", "AMAZON.HelpIntent")]
    [TestCase("ハウツーユーズ", "AMAZON.HelpIntent")]
    [TestCase("使い方言ってください", "AMAZON.HelpIntent")]
    [TestCase("ありがとうさようなら", "AMAZON.StopIntent")]
    [TestCase("もうそこまでにして", "AMAZON.StopIntent")]
    [TestCase("もうだまって", "AMAZON.StopIntent")]
    [TestCase("おしまいでええわ", "AMAZON.StopIntent")]
    [TestCase("さっき聞いたのやめにして", "AMAZON.CancelIntent")]
    [TestCase("さっきのなしにしといてくれる", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都呼んできてくれ")]
    [TestCase("世界の首都つけてよ")]
    [TestCase("世界の首都起こしてくんな")]
    [TestCase("世界の首都を開いてくんしゃい")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("テレビつけて")]
    [TestCase("電気つけてくんな")]
    [TestCase("子供を起こして")]
    [TestCase("お母さんを呼んできて")]
    [TestCase("ハワイ王国の首都")]
    [TestCase("中つ国の首都ってどこ")]
    [TestCase("チェコスロバキアの首都はどこ")]
    [TestCase("ケニアの天気はどこなんよ")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
