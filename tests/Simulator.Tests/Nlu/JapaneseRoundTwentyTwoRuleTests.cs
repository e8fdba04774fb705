using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>Round 22 tuning for Japanese (interactionModel/README.md, *Round 22 tuning for Japanese (session 21)*): 都 for
/// 首都 after の (an older speaker's word), dialect endings (じゃったかいのう, だったかねえ, 知っとう, ずらか, やったろう,
/// なんちゅうところかいね with ほいで), older names said as the country's name (ビルマ, セイロン, フィリッピン, エゲレス,
/// ローデシア), 首都にあたるところ, a follow-up "Xも", cancel and help wordings that point back at the last request, and launch
/// endings; each family with sentences no corpus has, and the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyTwoRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("トルコの都はどこじゃったかいのう", "TR")]
    [TestCase("ケニアの都ってどこだったかねえ", "KE")]
    [TestCase("ペルーの首都ってどこか知っとう", "PE")]
    [TestCase("チリの首都はどこずらか", "CL")]
    [TestCase("ほいでペルーの首都はなんちゅうところかいね", "PE")]
    [TestCase("ペルーの首都ってどこやったろう", "PE")]
    [TestCase("ほなペルーの首都はどこなん", "PE")]
    [TestCase("ビルマの首都を教えて", "MM")]
    [TestCase("セイロンの首都はどこ", "LK")]
    [TestCase("フィリッピンの首都教えて", "PH")]
    [TestCase("エゲレスの首都はどこ", "GB")]
    [TestCase("ローデシアの首都はどこ", "ZW")]
    [TestCase("ベトナムの首都にあたるところは", "VN")]
    [TestCase("それならケニアも", "KE")]
    [TestCase("サンマリノの首都ってどこだっけ", "SM")]
    [TestCase("マハーラーシュトラ州の州都は", "IN-MH")]
    public void A_question_in_the_rounds_wordings_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("さっきの取り消して", "AMAZON.CancelIntent")]
    [TestCase("今のキャンセルしてくれる", "AMAZON.CancelIntent")]
    [TestCase("どうやって質問すればいいの", "AMAZON.HelpIntent")]
    public void A_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都を開けてちょうだい")]
    [TestCase("世界の首都を始めてください")]
    [TestCase("世界の首都やろう")]
    public void A_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("予約をキャンセルしてくれ")]
    [TestCase("週末は何をすればいいかな")]
    [TestCase("ダッカの天気はどう")]
    [TestCase("セイロンティーのおいしい淹れ方")]
    [TestCase("都の人口はどれくらい")]
    public void A_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
