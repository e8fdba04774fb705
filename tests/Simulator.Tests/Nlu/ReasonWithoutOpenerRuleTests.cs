using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>A stop or a cancel said first, then why, with no word that opens the reason ("laat maar de klant is al
/// uitgestapt"): the reason is read as a reason when it is a clause of its own (three words, two of them content words)
/// and none of its words asks for something else; sentences of our own, with neighbours that must still fall back.</summary>
public class ReasonWithoutOpenerRuleTests
{
    [TestCase("de-DE", "stopp die gäste kommen", "AMAZON.StopIntent")]
    [TestCase("de-DE", "sei leise das baby schläft endlich", "AMAZON.StopIntent")]
    [TestCase("nl-NL", "laat maar de bus komt er al aan", "AMAZON.CancelIntent")]
    [TestCase("it-IT", "lascia perdere lo chiedo a mia nonna", "AMAZON.CancelIntent")]
    [TestCase("pt-BR", "esquece isso o professor já explicou", "AMAZON.CancelIntent")]
    public void A_stop_or_cancel_then_why(string locale, string utterance, string intent)
    {
        var result = LocaleNlu.Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(intent), $"matched \"{result.Sample}\"");
    }

    [TestCase("de-DE", "stopp die musik im wohnzimmer")]
    [TestCase("nl-NL", "stop de muziek in de keuken")]
    [TestCase("it-IT", "basta con la musica alta per favore")]
    [TestCase("de-DE", "stopp wie spät ist es in tokio")]
    [TestCase("ar-SA", "اي منتخب بيلعب الليلة")]
    public void A_request_of_its_own_after_the_cue_still_falls_back(string locale, string utterance) =>
        LocaleNlu.AssertFallsBack(locale, utterance);
}
