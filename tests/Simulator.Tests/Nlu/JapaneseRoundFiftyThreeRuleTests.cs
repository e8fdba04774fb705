using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 53 tuning for Japanese (README section *Round 53 tuning for Japanese (session 59)*): fillers for a wish
/// said between the place and the question (行きたすぎるんだけど), an exam said first (世界遺産検定で / 検定で), a puzzle said
/// first (パズルの / 地図パズルの); the endings わかんない / わかんなすぎて / しんどい / ぴえん,
/// が出そう / が出るかも, を言いたい(の), 相撲 / テレビ見ながら聞くけど, ってむずかしい / は難しい, もう一回 / もう一度; joins 路線の
/// アナウンスで (a flight route's announcement), のピースに首都 (a puzzle piece), のペンフレンドに首都 / の文通相手に首都 (a pen
/// friend), はどこにある首都 / ってどこにある首都 (a reverse question); help cues 何を言ったら, Xにもわかるように; stop cues
/// もうおなかいっぱい, を終わらせて; not-places for the oceans and seas (太平洋, 地中海, カリブ海) and 済州島 / タタールスタン; the
/// other fact 移したら. Each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundFiftyThreeRuleTests
{
    [TestCase("ケニア路線のアナウンスで首都を言いたい", "KE")]
    [TestCase("タイ路線の機内アナウンスで首都を言いたいの", "TH")]
    [TestCase("検定でペルーの首都が出そう", "PE")]
    [TestCase("世界遺産検定でカンボジアの首都が出るかも", "KH")]
    [TestCase("地図パズルのチリのピースに首都書いてあるんだけどどこ", "CL")]
    [TestCase("タイのペンフレンドに首都のこと書きたい", "TH")]
    [TestCase("メキシコの文通相手に首都のこと聞きたい", "MX")]
    [TestCase("シリアの首都はどこもう一度", "SY")]
    [TestCase("スペインの首都ってどこテレビ見ながら聞くけど", "ES")]
    [TestCase("トルコの首都ってむずかしいもう一回", "TR")]
    [TestCase("ラオスの首都は難しいです", "LA")]
    [TestCase("ケニアの首都わかんなすぎてしんどい", "KE")]
    [TestCase("フィンランドの首都わかんないぴえん", "FI")]
    [TestCase("イタリア行きたすぎるんだけど首都どこ", "IT")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビってどこにある首都", "nairobi")]
    [TestCase("キトはどこにある首都", "quito")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("なにを言ったらいいのかな", "AMAZON.HelpIntent")]
    [TestCase("おじいちゃんにもわかるように遊び方を教えて", "AMAZON.HelpIntent")]
    [TestCase("子どもにもわかるように説明して", "AMAZON.HelpIntent")]
    [TestCase("もうお腹いっぱいおしまい", "AMAZON.StopIntent")]
    [TestCase("首都クイズを終わらせて", "AMAZON.StopIntent")]
    [TestCase("もうおなかいっぱいだからやめる", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("地中海の首都はどこ")]
    [TestCase("太平洋の首都")]
    [TestCase("大西洋の首都ってどこ")]
    [TestCase("済州島の中心の町はどこ")]
    [TestCase("日本の首都を京都に移したらどうなる")]
    [TestCase("宿題を終わらせて")]
    [TestCase("会議を終わらせて")]
    [TestCase("もうおなかいっぱい食べた")]
    [TestCase("おなかいっぱいになるレシピ")]
    [TestCase("パズルのピースが足りない")]
    [TestCase("相撲見ながらビール飲みたい")]
    [TestCase("英語って難しい")]
    [TestCase("世界遺産検定の日程は")]
    [TestCase("先生の名前は")]
    [TestCase("テレビを見ながら音楽かけて")]
    [TestCase("ポーランド路線のアナウンスを流して")]
    [TestCase("子供にもわかるように相対性理論を説明して")]
    [TestCase("天気予報を言いたい")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
