using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Japanese families round 20 generalised from the misses of its tuning half (interactionModel/README.md,
/// *Round 20 tuning for Japanese*), each tested with sentences of its kind that no corpus has: 首都 written in hiragana
/// (しゅと) or said as the katakana English キャピタル, おしえて for 教えて, follow-ups with 今度は / いってみよう, dialect and
/// elders' endings (Kyushu とたい, Hiroshima/Chugoku のう, Kansai ほんまに), help, stop, cancel and launch wordings, and
/// the out-of-domain neighbours that must still fall back.</summary>
public class JapaneseRoundTwentyRuleTests
{
    private static Interpretation Recognize(string utterance) => LocaleNlu.Recognize("ja-JP", utterance);

    [TestCase("ペルーのしゅとはどこ", "PE")]
    [TestCase("ドイツのしゅとってなに", "DE")]
    [TestCase("エジプトのしゅとどこ", "EG")]
    [TestCase("タイのしゅとおしえて", "TH")]
    [TestCase("ブラジルのキャピタルってどこ", "BR")]
    [TestCase("カナダのキャピタルは", "CA")]
    [TestCase("トルコのキャピタルシティはどこ", "TR")]
    [TestCase("おっけー今度はチリ", "CL")]
    [TestCase("次ペルーいってみよう", "PE")]
    [TestCase("今度はケニア行ってみよう", "KE")]
    [TestCase("ペルーの首都はどこなんかいのう", "PE")]
    [TestCase("チリの首都はどこかわからんとたい", "CL")]
    [TestCase("ケニアの首都なんつうとこだっけか", "KE")]
    [TestCase("トルコの首都どこ秒で教えて", "TR")]
    public void A_round_twenty_family_reads_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.That(result.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\" in {result.IntentName}");
    }

    [TestCase("やり方を教えて", "AMAZON.HelpIntent")]
    [TestCase("なにを聞けばいいですか", "AMAZON.HelpIntent")]
    [TestCase("操作方法を教えて", "AMAZON.HelpIntent")]
    [TestCase("つかいかたおしえて", "AMAZON.HelpIntent")]
    [TestCase("これでおわり", "AMAZON.StopIntent")]
    [TestCase("今日はこれぐらいにしとく", "AMAZON.StopIntent")]
    [TestCase("もう満足した", "AMAZON.StopIntent")]
    [TestCase("撤回します", "AMAZON.CancelIntent")]
    [TestCase("さっきの質問は撤回", "AMAZON.CancelIntent")]
    [TestCase("質問を取り下げます", "AMAZON.CancelIntent")]
    public void A_round_twenty_built_in_wording_reaches_its_intent(string utterance, string intent)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("世界の首都を呼び出して")]
    [TestCase("アレクサ世界の首都を出して")]
    [TestCase("世界の首都を呼んでください")]
    public void A_round_twenty_launch_wording_launches(string utterance)
    {
        LocaleNlu.AssertLaunches("ja-JP", utterance);
    }

    [TestCase("キャピタルゲインの税金はいくら")]
    [TestCase("ペルーのしゅとの人口をおしえて")]
    [TestCase("撤回された法案を教えて")]
    public void A_round_twenty_neighbour_of_another_request_falls_back(string utterance)
    {
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
    }
}
