using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 48 tuning for Japanese (README section *Round 48 tuning for Japanese (session 49)*): しゅふ (首府 said in
/// kana) only before a question (のしゅふはどこ / はなに / ってどこ / をおしえて / をしりたい: "日本のしゅふは忙しい" is a
/// housewife); the follow-up words そいだば / そんだら, の方はどないやねん, やったらどうなる, つぎは X をおしえてください; the
/// wrappers 寝る前に / レッスン前に, を一つだけ, を予習したい / 復習したい, を読み上げて, を言うてみて, ってどこだったかい;
/// the checks でよかったよね / でいいよね, じゃないよね, で合ってるかい, かと思ってた / だと思ってた(けど違う), に入るの;
/// X が首都の国ってどこ; help cues どんなふうに話しかければ / たら, 操作の仕方, やり方がわかりません and whole phrasings
/// できることを教えて / できることの一覧; stop cues やめちゃって, 終わっちゃって; launch words のために, お風呂で, なまら,
/// くれんか(やぁ) and 起動してくれる / 開いてくれる. Each family with sentences no corpus has, and out-of-domain
/// neighbours that must still fall back.</summary>
public class JapaneseRoundFortyEightRuleTests
{
    [TestCase("アルバータのしゅふはなに", "CA-AB")]
    [TestCase("タスマニアのしゅふをおしえて", "AU-TAS")]
    [TestCase("バイエルンのしゅふってどこ", "DE-BY")]
    [TestCase("ハリスコのしゅふはどこですか", "MX-JAL")]
    [TestCase("ほなペルーの方はどないやねん", "PE")]
    [TestCase("そいだばチリは", "CL")]
    [TestCase("そんだらチリはどこ", "CL")]
    [TestCase("ケニアやったらどうなる", "KE")]
    [TestCase("ケニアだったらどうなるの", "KE")]
    [TestCase("つぎはペルーを教えてください", "PE")]
    [TestCase("寝る前にペルーの首都を一つだけ", "PE")]
    [TestCase("授業の前にケニアの首都を予習したい", "KE")]
    [TestCase("レッスンの前にケニアの首都を復習したい", "KE")]
    [TestCase("チリの首都を読み上げて", "CL")]
    [TestCase("ペルーの首都を言うてみて", "PE")]
    [TestCase("ケニアの首都ってどこだったかい", "KE")]
    [TestCase("リマはペルーの首都でよかったよね", "PE")]
    [TestCase("ナイロビはケニアの首都でいいよね", "KE")]
    [TestCase("シドニーってオーストラリアの首都かと思ってた", "AU")]
    [TestCase("トロントはカナダの首都だと思ってたけど違う", "CA")]
    [TestCase("ラゴスはナイジェリアの首都に入るの", "NG")]
    [TestCase("ペンシルベニア州の州都はフィラデルフィアじゃないよね", "US-PA")]
    [TestCase("ナイロビはケニアの首都で合ってるかい", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("ナイロビが首都の国ってどこ", "nairobi")]
    [TestCase("リマが首都の国はどこ", "lima")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("ja-JP", utterance, id);

    [TestCase("どんな風に話しかけたらいいの", "AMAZON.HelpIntent")]
    [TestCase("操作の仕方を教えて", "AMAZON.HelpIntent")]
    [TestCase("できることを教えて", "AMAZON.HelpIntent")]
    [TestCase("やり方がわかりません", "AMAZON.HelpIntent")]
    [TestCase("もうやめちゃって", "AMAZON.StopIntent")]
    [TestCase("終わっちゃって", "AMAZON.StopIntent")]
    public void A_wording_reaches_its_intent(string utterance, string intent) =>
        LocaleNlu.AssertIntent("ja-JP", utterance, intent);

    [TestCase("勉強のために世界の首都を開いて")]
    [TestCase("世界の首都開いてくれる")]
    [TestCase("世界の首都を起動してくれんか")]
    [TestCase("お風呂で世界の首都を開いて")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("日本のしゅふは毎日忙しい")]
    [TestCase("しゅふの仕事を教えて")]
    [TestCase("日本のしゅふってどんな生活")]
    [TestCase("洗濯機の操作の仕方を教えて")]
    [TestCase("スマホでできることの一覧を教えて")]
    [TestCase("天気をおしえてください")]
    [TestCase("明日の天気やったらどうなる")]
    [TestCase("英単語を予習したい")]
    [TestCase("絵本を読み上げて")]
    [TestCase("お風呂でタイマー開いて")]
    [TestCase("宿題のためにタイマーを起動")]
    [TestCase("寝る前に絵本を一つだけ")]
    [TestCase("そいだば天気は")]
    [TestCase("明日は雨だと思ってた")]
    [TestCase("この道でよかったよね")]
    [TestCase("ペルーの料理はどないやねん")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
