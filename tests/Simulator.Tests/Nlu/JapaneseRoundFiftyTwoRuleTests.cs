using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 52 tuning for Japanese (README section *Round 52 tuning for Japanese (session 57)*): fillers プリーズ, a
/// class-use reason (授業で使うので), an audience (初心者向けに), the Nagoya "you" (おみゃー), the Kyoto apology (堪忍え), the
/// voice chat (ボイチャで); the endings をチェックしたい, 調べたい, のは / のほうは, 当ててみろって, 教えっくいやい; joins 首都は
/// どげんなっちょっと, たかどん (Kagoshima), どっかの首都, 首都が二つあるよね, Xのやつが自分の国の首都; the name suffix ハシミテ王国;
/// cancel cues 今のはいい, 今のはよか, 今のはやめておこう; stop cues やめるわ, やめっくいやい, 寝落ちしそう; help cues どげんして使う
/// (Kagoshima), マニュアルある / 説明書ある; launch verbs 調べる / 確認したい with what is looked up around them. Each family
/// with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyTwoRuleTests
{
    [TestCase("授業で使うのでケニアの首都を教えてください", "KE")]
    [TestCase("生徒に聞かれたんだけどペルーの首都はどこ", "PE")]
    [TestCase("おみゃあフランスの首都知っとるか", "FR")]
    [TestCase("ボイスチャットでチリの首都は", "CL")]
    [TestCase("モロッコの首都を調べて", "MA")]
    [TestCase("ケニアの首都をチェックしたいです", "KE")]
    [TestCase("ポーランドのほうは", "PL")]
    [TestCase("ボリビアって首都が二つあるよねそれぞれどこ", "BO")]
    [TestCase("焼酎をペルーに売いたかどん首都はどげんなっちょっと", "PE")]
    [TestCase("チリの留学生が自分の国の首都を当ててみてって", "CL")]
    [TestCase("ケニアの首都を教えっくいやい", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("リマってどっかの首都だよねどこ", "lima")]
    [TestCase("ナイロビってどっかの国の首都だよね", "nairobi")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("ヘルププリーズ", "AMAZON.HelpIntent")]
    [TestCase("さっきのはいいや", "AMAZON.CancelIntent")]
    [TestCase("間違えたから今のはいいです", "AMAZON.CancelIntent")]
    [TestCase("今のはよかと", "AMAZON.CancelIntent")]
    [TestCase("さっきのはやめとこう", "AMAZON.CancelIntent")]
    [TestCase("やっぱりやめておこう", "AMAZON.CancelIntent")]
    [TestCase("もうやめるわ眠くなってきた", "AMAZON.StopIntent")]
    [TestCase("寝落ちしそうだからもう終わり", "AMAZON.StopIntent")]
    [TestCase("堪忍えもうおしまい", "AMAZON.StopIntent")]
    [TestCase("マニュアルある", "AMAZON.HelpIntent")]
    [TestCase("初心者向けに使い方を説明して", "AMAZON.HelpIntent")]
    [TestCase("子ども向けに遊び方を教えて", "AMAZON.HelpIntent")]
    [TestCase("これどげんして聞けばよか", "AMAZON.HelpIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("世界の首都で調べる")]
    [TestCase("世界の首都を開いて相手の国を調べたい")]
    [TestCase("世界の首都で小テストの確認をしたい")]
    [TestCase("ワールドキャピタルズじゃなくて世界の首都を起動して")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("授業で使うので音楽をかけて")]
    [TestCase("子供向けの音楽をかけて")]
    [TestCase("テレビのマニュアルある")]
    [TestCase("洗濯機の説明書ある")]
    [TestCase("天気はどうなってる")]
    [TestCase("首都高はどうなってる")]
    [TestCase("日本で一番高い山のは")]
    [TestCase("眠くなってきたから音楽かけて")]
    [TestCase("世界の首都でニュースを調べる")]
    [TestCase("天気を調べたい")]
    [TestCase("あんたの名前は")]
    [TestCase("堪忍してや")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
