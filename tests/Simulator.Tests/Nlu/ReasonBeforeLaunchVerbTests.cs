using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A request after the skill's name that ends with a launch verb, as Japanese says it with the name first
/// ("世界の首都でクイズしたいから開いて": "open it, as I want a quiz with world capitals"), opens the skill when the rest is a
/// short reason; a request that names a place, another fact or no launch verb at a word's start stays a one-shot.
/// Sentences of our own.</summary>
public class ReasonBeforeLaunchVerbTests
{
    [TestCase("ja-JP", "世界の首都で宿題の確認をしたいから開いて")]
    [TestCase("ja-JP", "アレクサ世界の首都で弟と遊びたい")]
    [TestCase("ja-JP", "世界の首都で地図帳を見ながら練習したいから起動して")]
    [TestCase("en-US", "ask world capitals to start")]
    public void A_reason_ending_with_a_launch_verb_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("ja-JP", "世界の首都でケニアの首都を調べたい", "CapitalIntent")]
    [TestCase("ja-JP", "世界の首都で明日の天気を調べたい", "AMAZON.FallbackIntent", Description = "another fact")]
    [TestCase("ja-JP", "世界の首都で再起動", "AMAZON.FallbackIntent", Description = "起動 goes on a kanji word: no launch verb")]
    [TestCase("ja-JP", "世界の首都で評価して", "AMAZON.FallbackIntent", Description = "no launch verb")]
    public void A_request_without_a_launch_verb_ending_a_reason_stays_a_one_shot(string locale, string utterance, string intent)
    {
        var engine = LocaleNlu.Engine(locale);
        var form = engine.ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot), $"\"{utterance}\" in {locale}");
            Assert.That(engine.Recognize(form.RequestTokens, form.Text)?.IntentName, Is.EqualTo(intent));
        });
    }
}
