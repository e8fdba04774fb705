using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 26 tuning for Japanese (README section *Round 26 tuning for Japanese (session 25)*): the repair すまん,
/// the Kansai ending どこやっけ, the literary 首府 / いずこ / であったか with the old kanji spellings (葡萄牙, 蒙古, 瑞西 ...),
/// カピタル, について伺いたいのですが, になってるの, the
/// follow-up もいいですか; help, stop and cancel wordings (あそびかた, どんなこと聞ける, 何ができんの, 終わりにしようぜ,
/// それはもういいや, 聞くのやめときます), launch wordings (呼んでほしい,
/// のクイズ開いて, ってやつ始めて, をお願いできますか, つけてくんねえか); each
/// family with sentences no corpus has, and out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentySixRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ペルーの首都すまんチリの首都", "CL")]
    [TestCase("ケニアの首都ってどこやっけ", "KE")]
    [TestCase("瑞西の首府はいずこであったか", "CH")]
    [TestCase("蒙古の首都はどこ", "MN")]
    [TestCase("葡萄牙の首都を教えて", "PT")]
    [TestCase("チリのカピタルはどこ", "CL")]
    [TestCase("ペルーの首都について伺いたいのですが", "PE")]
    [TestCase("トルコの首都ってどこになってるの", "TR")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("ja-JP", utterance, id);

    [TestCase("あそびかたをおしえて", "AMAZON.HelpIntent")]
    [TestCase("どんなこと聞けるの", "AMAZON.HelpIntent")]
    [TestCase("もう終わりにしようぜ", "AMAZON.StopIntent")]
    [TestCase("それはもういいや", "AMAZON.CancelIntent")]
    [TestCase("聞くのやめときます", "AMAZON.CancelIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("世界の首都を呼んでほしい")]
    [TestCase("世界の首都のクイズを始めて")]
    [TestCase("世界の首都ってやつ開いて")]
    [TestCase("世界の首都をお願いできますか")]
    [TestCase("世界の首都をつけてくんねえか")]
    public void A_launch_wording_launches(string utterance) =>
        LocaleNlu.AssertLaunches("ja-JP", utterance);

    [TestCase("すまん音楽かけて")]
    [TestCase("明日の予定ってどこやっけ")]
    [TestCase("タクシーを呼んでほしい")]
    public void A_neighbour_of_another_request_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack("ja-JP", utterance);
}
