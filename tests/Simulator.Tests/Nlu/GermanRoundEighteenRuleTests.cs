using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 18 (interactionModel/README.md, *Round 18 tuning for German*), each tried on
/// sentences of our own rather than the corpus lines: the ASR slip "hauptstatt", "Hauptort" for a territory's capital,
/// old and colloquial place names (Aserbeidschan, Abessinien, Türkiye, "die Staaten"), the Sankt/St. names of island
/// states, Georgia as both the country and the US state, and help, stop and cancel wordings missing from the cues;
/// with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundEighteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("de-DE").Recognize(text)!;

    [TestCase("wie heißt die hauptstatt von peru", "PE", Description = "the ASR slip 'hauptstatt'")]
    [TestCase("sag mir die hauptstatt von kenia", "KE", Description = "the ASR slip after a request")]
    [TestCase("was ist die hauptstadt von aserbeidschan", "AZ", Description = "the older spelling of Aserbaidschan")]
    [TestCase("wie heißt die hauptstadt von abessinien", "ET", Description = "the historical name of Ethiopia")]
    [TestCase("hauptstadt der türkiye", "TR", Description = "the official name Türkiye")]
    [TestCase("was ist die hauptstadt von trinidad", "TT", Description = "the short name of Trinidad and Tobago")]
    [TestCase("wie heißt die hauptstadt von äquatorial guinea", "GQ", Description = "the compound said as two words")]
    [TestCase("was ist die hauptstadt von sankt lucia", "LC", Description = "Sankt for Saint")]
    [TestCase("hauptstadt von st. kitts und nevis", "KN", Description = "St. for Saint")]
    [TestCase("was ist die hauptstadt von sankt helena", "SH", Description = "Sankt Helena")]
    [TestCase("was ist die hauptstadt von sankt vincent", "VC", Description = "the short name of Saint Vincent and the Grenadines")]
    [TestCase("wie heißt die hauptstadt der staaten", "US", Description = "colloquial 'die Staaten', genitive")]
    [TestCase("was ist die hauptstadt von den staaten", "US", Description = "colloquial 'die Staaten', dative")]
    [TestCase("was ist der hauptort der färöer inseln", "FO", Description = "'Hauptort' and the islands as two words")]
    [TestCase("wie heißt der hauptort von grönland", "GL", Description = "'Hauptort' of a territory")]
    [TestCase("was ist die hauptstadt von georgia", "GE+US-GA", Description = "Georgia: the country and the US state")]
    [TestCase("was ist die hauptstadt vom bundesstaat georgia", "US-GA", Description = "the state qualified")]
    [TestCase("was ist die hauptstadt von georgien", "GE", Description = "the German name picks the country")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("ich komme nicht weiter", "AMAZON.HelpIntent")]
    [TestCase("hilfe ich blick nicht durch", "AMAZON.HelpIntent")]
    [TestCase("was kann der skill", "AMAZON.HelpIntent")]
    [TestCase("sag mir was ich fragen kann", "AMAZON.HelpIntent")]
    [TestCase("ich versteh nicht", "AMAZON.HelpIntent")]
    [TestCase("schluss für heute", "AMAZON.StopIntent")]
    [TestCase("das reicht für heute", "AMAZON.StopIntent")]
    [TestCase("feierabend", "AMAZON.StopIntent")]
    [TestCase("passt scho", "AMAZON.CancelIntent")]
    [TestCase("ist schon okay", "AMAZON.CancelIntent")]
    [TestCase("abbrechen ich frage nachher", "AMAZON.CancelIntent")]
    [TestCase("nein vergiss das wieder", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("welche befehle hat mein fernseher")]
    [TestCase("genug musik für heute")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
