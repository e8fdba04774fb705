using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 25 tuning for Japanese (interactionModel/README.md, *Round 25 tuning for Japanese (session 24)*): dialect
/// and spoken endings (Mikawa どこだら and 教えりん, Kishu やのし, Kyoto 教えとくれやす and どす, Kansai やったやんか /
/// 言うてんか / やったらどこやろ, なんていうところ, and the purposes を確認したい / を調べておきたい / を出したい), the fillers
/// 続けて and おおきに, the repair やのうて, the old kanji spellings (印度, 独逸, 埃及 ...)
/// and ルクセンブルグ, help, stop and cancel wordings (これどうやって使うん, 質問の仕方, 終わらせて, 終わりにしといて,
/// 今のはなし, なしにしりん, やっぱりいらん) and launch wordings (ひらいて, 開きりん, 開いてくれへん, 開いてほしい, 開けてみて,
/// つけてけ); each family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyFiveRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("スペインの首都ってどこだら", "ES")]
    [TestCase("ケニアの首都はどこやのし", "KE")]
    [TestCase("ポルトガルの首都を教えとくれやす", "PT")]
    [TestCase("ギリシャの首都はどこどす", "GR")]
    [TestCase("チリの首都ってなんていうところ", "CL")]
    [TestCase("ペルーの首都ってどこやったやんか", "PE")]
    [TestCase("カナダもついでに言うてんか", "CA")]
    [TestCase("続けてチリも", "CL")]
    [TestCase("フィンランドやったらどこやろ", "FI")]
    [TestCase("イランの首都を教えりん", "IR")]
    [TestCase("ケニアの首都を確認しておきたい", "KE")]
    [TestCase("トルコの首都を調べておきたい", "TR")]
    [TestCase("ペルーやのうてチリの首都", "CL")]
    [TestCase("おおきにほんならケニアの首都はどこ", "KE")]
    [TestCase("独逸の首都はどこ", "DE")]
    [TestCase("印度の首都を教えて", "IN")]
    [TestCase("埃及の首都って", "EG")]
    [TestCase("墨西哥の首都はどこ", "MX")]
    [TestCase("ルクセンブルグの首都ってどこ", "LU")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("これどうやって使うの", "AMAZON.HelpIntent")]
    [TestCase("質問の仕方がわからない", "AMAZON.HelpIntent")]
    [TestCase("何ができるスキルなの", "AMAZON.HelpIntent")]
    [TestCase("このスキルを終わらせて", "AMAZON.StopIntent")]
    [TestCase("今日は終わりにしといて", "AMAZON.StopIntent")]
    [TestCase("さっきの質問なしにして", "AMAZON.CancelIntent")]
    [TestCase("今のはなしでお願い", "AMAZON.CancelIntent")]
    [TestCase("やっぱりいらん", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都をひらいて")]
    [TestCase("アレクサ世界の首都を開いてくれへん")]
    [TestCase("世界の首都を開きりん")]
    [TestCase("世界の首都を開いてほしい")]
    [TestCase("世界の首都を開けてみて")]
    [TestCase("世界の首都つけてけ")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("音楽を終わらせて")]
    [TestCase("続けて音楽を流して")]
    [TestCase("明日の天気はどうだら")]
    [TestCase("ドアを開けてみて")]
    [TestCase("電気つけてけ")]
    [TestCase("印度カレーの作り方")]
    [TestCase("やっぱり映画のチケットいらない")]
    [TestCase("おおきに")]
    [TestCase("宿題を確認したい")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
