using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 46 tuning for Japanese (README section *Round 46 tuning for Japanese (session 47)*): the kana joins
/// しゅとなに / しゅとなん; the follow-up fillers ほいじゃ / ほいじゃあ, 同じように / おなじように and the endings どこらて / らて
/// and な; the repair えっと between two places (あ, tried too, was taken out by the lead: it read "ありぇくさ..." as a
/// repair and a place); not-places (old provinces 甲斐の国 ..., うどん県, 宮古島, 北陸); help
/// cues どうやってつかい, どのように質問 / 尋ね / 聞け, どういうふうに質問する, 使い方だけ, 名前を言えばいいの, アユダ; stop cues
/// 黙っとれ / 黙っといて, もうしまいさ, もう終了 and phrasings じゃあね, アプリ(を)閉じて; launch verbs 問題(を)出して and
/// the words around a launch いただけますか, 宿題, 塾, ひまだから / ひまやけん, 眠気覚ましに, 首都(を)聞きたい. Each family
/// with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFortySixRuleTests
{
    [TestCase("ペルーしゅとなに", "PE")]
    [TestCase("ケニアしゅとなん", "KE")]
    [TestCase("ほいじゃケニアは", "KE")]
    [TestCase("同じようにネブラスカ州も", "US-NE")]
    [TestCase("そしたらペルーはどこらて", "PE")]
    [TestCase("次ケニアな", "KE")]
    [TestCase("ペルーえっとチリの首都", "CL")]
    [TestCase("えっとペルーの首都", "PE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("どうやってつかいますかこれ", "AMAZON.HelpIntent")]
    [TestCase("どのように質問すればいいの", "AMAZON.HelpIntent")]
    [TestCase("どのように尋ねればいいですか", "AMAZON.HelpIntent")]
    [TestCase("どういうふうに質問するんですか", "AMAZON.HelpIntent")]
    [TestCase("使い方だけ教えてくれる", "AMAZON.HelpIntent")]
    [TestCase("アユダおねがい", "AMAZON.HelpIntent")]
    [TestCase("黙っとれや", "AMAZON.StopIntent")]
    [TestCase("もう黙っといて", "AMAZON.StopIntent")]
    [TestCase("じゃあね", "AMAZON.StopIntent")]
    [TestCase("アプリ閉じて", "AMAZON.StopIntent")]
    [TestCase("もうしまいさ", "AMAZON.StopIntent")]
    [TestCase("宿題終わったからもう終了", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都を起動していただけますか")]
    [TestCase("世界の首都で問題出して")]
    [TestCase("ひまだから世界の首都を開いて")]
    [TestCase("宿題やるから世界の首都ひらいて")]
    [TestCase("眠気覚ましに世界の首都つけて")]
    [TestCase("塾の宿題やるから世界の首都開いて")]
    [TestCase("世界の首都起動して首都聞きたい")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("ほいじゃあ今日の天気は")]
    [TestCase("同じように天気も")]
    [TestCase("次の電車な")]
    [TestCase("うどん県の州都は")]
    [TestCase("北陸の首都ってどこ")]
    [TestCase("尾張の国の都はどこ")]
    [TestCase("宮古島の中心の町")]
    [TestCase("どのように質問すれば面接に受かる")]
    [TestCase("炊飯器の使い方だけ教えて")]
    [TestCase("窓を閉じて")]
    [TestCase("テレビ黙っといて")]
    [TestCase("ひまだから音楽をつけて")]
    [TestCase("算数で問題出して")]
    [TestCase("宿題やるからタイマーを起動していただけますか")]
    [TestCase("塾の時間を教えて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
