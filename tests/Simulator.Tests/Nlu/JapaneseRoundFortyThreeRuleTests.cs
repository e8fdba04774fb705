using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 43 tuning for Japanese (README section *Round 43 tuning for Japanese (session 44)*): the endings だらぁ,
/// だず / どうだず, やったかえ, ごしない / てごしない; the joins しゅうのしゅうと (州の州都), の首都をまとめて (a list
/// of places), の人の首都 / の人の州都 and の人がおってな首都 (a visitor's country), で間違いない, やないの, っちどこの,
/// やったかな, の首都二つ; the filler ほんま; help cues 何言ったら, なにいえば, どないして使う, 使い方わかんねえ and the phrasing
/// このスキルの説明をして; the stop phrasing やめりん; cancel phrasings さっきの / 先ほどの質問は取り消します; launch words
/// 起動しといて, 開けちょくれ, 開いてりん, っちゅう, えっと; the not-place 琉球王国. Each family with sentences no corpus has, and
/// out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFortyThreeRuleTests
{
    [TestCase("チリの首都はサンティアゴだらぁ", "CL")]
    [TestCase("ケニアはどうだず", "KE")]
    [TestCase("ペルーの首都はどこやったかえ", "PE")]
    [TestCase("ついでにチリも教えてごしない", "CL")]
    [TestCase("ほんまペルーは", "PE")]
    [TestCase("テキサスしゅうのしゅうとはどこ", "US-TX")]
    [TestCase("フランスの首都ってパリで間違いない", "FR")]
    [TestCase("テキサス州の州都はヒューストンやないの", "US-TX")]
    [TestCase("トルコの首都はイスタンブールやったかな", "TR")]
    [TestCase("京都に来たカナダの人の首都はオタワだんべ", "CA")]
    [TestCase("浜松に来たオーストラリアの人がおってな首都どこだら", "AU")]
    [TestCase("南アフリカの首都二つ", "ZA")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("スペインとポルトガルの首都をまとめて", "CapitalIntent")]
    [TestCase("ナイロビっちどこの首都", "CityIntent")]
    [TestCase("このスキルの説明をして", "AMAZON.HelpIntent")]
    [TestCase("何言ったらいいの", "AMAZON.HelpIntent")]
    [TestCase("なにいえばいいの", "AMAZON.HelpIntent")]
    [TestCase("どないして使うん", "AMAZON.HelpIntent")]
    [TestCase("使い方わかんねえ", "AMAZON.HelpIntent")]
    [TestCase("やめりん", "AMAZON.StopIntent")]
    [TestCase("さっきの質問は取り消します", "AMAZON.CancelIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都起動しといて")]
    [TestCase("世界の首都っちゅうスキル開けて")]
    [TestCase("世界の首都開けちょくれ")]
    [TestCase("世界の首都開いてりん")]
    [TestCase("えっと世界の首都を開いて")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("琉球王国の都はどこかな")]
    [TestCase("琉球王国の王様は誰")]
    [TestCase("この料理の説明をして")]
    [TestCase("何言ったらいいか分からないくらい寒い")]
    [TestCase("ほんま暑いな")]
    [TestCase("タイの料理教えて")]
    [TestCase("フランスの人の好きな食べ物は")]
    [TestCase("フランスの人の人口は")]
    [TestCase("日本の首都圏の人口で間違いない")]
    [TestCase("テレビやめりん")]
    [TestCase("電気つけといて")]
    [TestCase("音楽っちゅうアプリ開けちょくれ")]
    [TestCase("えっとテレビを開いて")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
