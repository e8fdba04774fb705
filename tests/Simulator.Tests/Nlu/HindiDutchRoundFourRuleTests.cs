using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The rules round 4 added for Hindi and Dutch, on the generated models (the yes/no checks with a guess are in
/// <see cref="GermanDutchHindiRuleTests"/>): a Hindi place with its country in the `parent` slot, Hindi self-corrections
/// that restart after the postposition (the lexicon's `postpositions`), the formal "u" read as "je", launch phrases and
/// nouns that never name a place.</summary>
public class HindiDutchRoundFourRuleTests
{
    private static readonly Dictionary<string, NluEngine> Engines = [];

    private static NluEngine Engine(string locale)
    {
        if (!Engines.TryGetValue(locale, out var engine))
            Engines[locale] = engine = new NluEngine(LocalSkill.LoadModel(locale));
        return engine;
    }

    private static Interpretation Recognize(string locale, string text) => Engine(locale).Recognize(text)!;

    [TestCase("hi-IN", "क्या पेरिस फैशन की राजधानी है")]
    [TestCase("nl-NL", "wat is de hoofdstad van de mode")]
    [TestCase("nl-NL", "hoe zit het met het weer")]
    [TestCase("nl-NL", "wat dacht je van een grapje")]
    public void A_noun_that_names_no_place_is_not_a_capital_question(string locale, string utterance)
    {
        var result = Recognize(locale, utterance);

        Assert.That(result.IntentName, Is.EqualTo(NluEngine.FallbackIntent), $"matched \"{result.Sample}\"");
    }

    [Test]
    public void A_hindi_place_said_with_its_country_fills_the_parent_slot()
    {
        var result = Recognize("hi-IN", "ऑस्ट्रेलिया के क्वींसलैंड राज्य की राजधानी क्या है");

        Assert.Multiple(() =>
        {
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo("AU-QLD"));
            Assert.That(result.Slot("parent")!.FirstMatch?.Id, Is.EqualTo("AU"));
        });
    }

    [TestCase("घाना की राजधानी सॉरी गिनी की", "GN")]
    [TestCase("भूटान की नहीं बल्कि नेपाल की राजधानी", "NP")]
    [TestCase("मलेशिया की राजधानी बताओ अरे नहीं इंडोनेशिया की", "ID")]
    [TestCase("जापान की राजधानी क्या है मेरा मतलब चीन", "CN")]
    [TestCase("पेरू की बड़ी सिटी यानी राजधानी क्या है", "PE")]
    public void A_hindi_self_correction_restarts_after_the_postposition(string utterance, string id)
    {
        Assert.That(Recognize("hi-IN", utterance).Slot("country")?.FirstMatch?.Id, Is.EqualTo(id));
    }

    // Only restarts that no other rule explains: "भूटान की नहीं बल्कि नेपाल की राजधानी" is also read by the general rule
    // for a language that says the words after the place again after the new one ("की" said after both).
    [TestCase("घाना की राजधानी सॉरी गिनी की")]
    [TestCase("पेरू की बड़ी सिटी यानी राजधानी क्या है")]
    public void The_postposition_restarts_come_from_the_language_data(string utterance)
    {
        var lexicon = JsonNode.Parse(EmbeddedLexicon("hi"))!.AsObject();
        Assert.That(lexicon.Remove("postpositions"), Is.True, "the Hindi lexicon lists its postpositions");
        var withoutPostpositions = new NluEngine(LocalSkill.LoadModel("hi-IN"), NluLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(lexicon.ToJsonString()))));

        Assert.That(withoutPostpositions.Recognize(utterance)!.Slot("country")?.FirstMatch, Is.Null);
    }

    [TestCase("kunt u mij helpen", "AMAZON.HelpIntent")]
    [TestCase("zou u mij de hoofdstad van chili willen noemen", "CapitalIntent")]
    [TestCase("ach laat maar", "AMAZON.CancelIntent")]
    [TestCase("sluit hoofdsteden van de wereld af", "AMAZON.StopIntent")]
    public void Dutch_formal_address_and_interjections_are_read_as_the_everyday_forms(string utterance, string intent)
    {
        Assert.That(Recognize("nl-NL", utterance).IntentName, Is.EqualTo(intent));
    }

    [TestCase("nl-NL", "hoofdsteden van de wereld openen")]
    [TestCase("nl-NL", "start de skill hoofdsteden van de wereld")]
    [TestCase("nl-NL", "kun je hoofdsteden van de wereld starten")]
    [TestCase("hi-IN", "दुनिया की राजधानियाँ स्किल खोलो")]
    [TestCase("hi-IN", "ओपन दुनिया की राजधानियाँ")]
    public void A_launch_phrase_of_the_language_launches(string locale, string utterance)
    {
        Assert.That(Engine(locale).ParseForm(utterance).Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    private static string EmbeddedLexicon(string language)
    {
        using var stream = typeof(NluEngine).Assembly.GetManifestResourceStream($"WorldCapitals.Simulator.Nlu.NluLexicon.{language}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
