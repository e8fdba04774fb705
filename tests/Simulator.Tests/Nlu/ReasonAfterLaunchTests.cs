using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A launch with a short reason or circumstance after the skill's name ("open world capitals for my grandma") opens
/// the skill, in every language with launch verbs before the name and in Hindi, which says the verb after it; words after
/// the name that ask something the skill knows, name a place or ask another fact stay a one-shot request. Japanese says a
/// launch ending with a launch verb after the name ("世界の首都を開いて"), then the reason; or, with the name first and で,
/// the reason ending with a launch verb ("世界の首都でクイズしたいから開いて", session 58), which must begin a word. Sentences
/// of our own.</summary>
public class ReasonAfterLaunchTests
{
    [TestCase("en-US", "open world capitals for my grandma")]
    [TestCase("de-DE", "alexa starte hauptstädte der welt für meinen opa im wohnzimmer")]
    [TestCase("it-IT", "alexa apri capitali del mondo che mia nipote deve studiare")]
    [TestCase("fr-FR", "alexa lance capitales du monde pour le goûter des petits")]
    [TestCase("pt-BR", "alexa abre capitais do mundo pra criançada da escolinha")]
    [TestCase("es-ES", "alexa abre capitales del mundo para los chavales del campamento")]
    [TestCase("nl-NL", "alexa open hoofdsteden van de wereld voor mijn oma op de bank")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ खोलो मेरी बहन को पढ़ना है", Description = "the verb after the name")]
    [TestCase("hi-IN", "एलेक्सा दुनिया की राजधानियाँ चालू करो नानी खेलेंगी")]
    [TestCase("ja-JP", "世界の首都を開いて年賀状の国を確かめたい", Description = "a launch ending with a launch verb, then a reason (session 57)")]
    [TestCase("ja-JP", "世界の首都を起動して地図帳を見ながらやる")]
    [TestCase("ja-JP", "世界の首都で宿題の確認をしたいから開いて", Description = "a reason ending with a launch verb (session 58)")]
    [TestCase("ja-JP", "アレクサ世界の首都で弟と遊びたい")]
    [TestCase("ja-JP", "世界の首都で地図帳を見ながら練習したいから起動して")]
    [TestCase("en-US", "ask world capitals to start")]
    public void A_reason_after_the_launch_opens_the_skill(string locale, string utterance) =>
        LocaleNlu.AssertLaunches(locale, utterance);

    [TestCase("en-US", "open world capitals what is the capital of peru", "CapitalIntent")]
    [TestCase("en-US", "open world capitals for the capital of peru", "CapitalIntent")]
    [TestCase("it-IT", "apri capitali del mondo per la francia", "CapitalIntent")]
    [TestCase("en-US", "ask world capitals for help", "AMAZON.HelpIntent")]
    [TestCase("de-DE", "starte hauptstädte der welt und sag mir das wetter", "AMAZON.FallbackIntent")]
    [TestCase("de-DE", "alexa hauptstädte der welt loben", "AMAZON.FallbackIntent", Description = "the name first, no launch verb")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ फ्रांस", "CapitalIntent")]
    [TestCase("ja-JP", "世界の首都を開いてケニアの首都を教えて", "CapitalIntent")]
    [TestCase("ja-JP", "世界の首都を開いて天気を教えて", "AMAZON.FallbackIntent", Description = "another fact")]
    [TestCase("ja-JP", "世界の首都を開いてペルーのことを調べたい", "AMAZON.FallbackIntent", Description = "a place said as a whole word")]
    [TestCase("ja-JP", "世界の首都を評価して", "AMAZON.FallbackIntent", Description = "no launch ending: the name, then another verb")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ बंद करो", "AMAZON.StopIntent")]
    [TestCase("ja-JP", "世界の首都でケニアの首都を調べたい", "CapitalIntent", Description = "a launch verb after a place")]
    [TestCase("ja-JP", "世界の首都で明日の天気を調べたい", "AMAZON.FallbackIntent", Description = "a launch verb after another fact")]
    [TestCase("ja-JP", "世界の首都で再起動", "AMAZON.FallbackIntent", Description = "起動 goes on a kanji word: no launch verb")]
    [TestCase("ja-JP", "世界の首都で評価して", "AMAZON.FallbackIntent", Description = "the name and で, then another verb")]
    public void A_request_after_the_launch_stays_a_one_shot(string locale, string utterance, string intent)
    {
        var engine = LocaleNlu.Engine(locale);
        var form = engine.ParseForm(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot), $"\"{utterance}\" in {locale}");
            Assert.That(engine.Recognize(form.RequestTokens, form.Text)?.IntentName, Is.EqualTo(intent));
        });
    }

    // "を開いてけ" is a launch ending too (Tohoku), and kana are read alike: it must not take the first letter of ケニア.
    [TestCase("ja-JP", "世界の首都を開いてケニア", "KE")]
    [TestCase("ja-JP", "世界の首都を開いてケニアの首都を教えて", "KE")]
    public void A_place_after_a_launch_ending_is_read_whole(string locale, string utterance, string id)
    {
        var engine = LocaleNlu.Engine(locale);
        var form = engine.ParseForm(utterance);

        Assert.That(engine.Recognize(form.RequestTokens, form.Text)?.Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
    }

    [Test]
    public void A_long_clause_after_the_launch_stays_a_one_shot() =>
        Assert.That(LocaleNlu.Engine("en-US").ParseForm("open world capitals because my grandma and my little brother want to play a round after dinner tonight").Kind,
            Is.EqualTo(UtteranceKind.OneShot));
}
