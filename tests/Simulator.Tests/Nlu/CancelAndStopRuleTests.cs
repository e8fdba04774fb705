using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A cancel and a stop in one breath are read as the one said last (NluEngine, "Two requests of one intent" and
/// the rule for a built-in request with words around it): sentences of our own in both orders.</summary>
public class CancelAndStopRuleTests
{
    [TestCase("nl-NL", "laat maar zitten ik stop ermee", "AMAZON.StopIntent")]
    [TestCase("ja-JP", "もういいや取り消し", "AMAZON.CancelIntent")]
    [TestCase("es-US", "no no olvídalo", "AMAZON.CancelIntent")]
    [TestCase("ar-SA", "خلاص الغي السؤال", "AMAZON.CancelIntent")]
    [TestCase("de-DE", "vergiss es schluss für heute", "AMAZON.StopIntent")]
    public void The_request_said_last_wins(string locale, string utterance, string intent)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(intent), $"matched \"{result.Sample}\"");
    }
}
