using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorldCapitals.Model.Tests;

public class SkillManifestTests
{
    private static JsonObject Manifest => Repository.Manifest()["manifest"]!.AsObject();

    private static JsonObject PublishingLocale(string locale) =>
        Manifest["publishingInformation"]!["locales"]![locale]!.AsObject();

    [Test]
    public void Manifest_publishes_exactly_the_five_english_locales()
    {
        var locales = Manifest["publishingInformation"]!["locales"]!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal);

        Assert.That(locales, Is.EqualTo(Repository.Locales));
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Each_locale_has_name_summary_description_example_phrases_and_keywords(string locale)
    {
        var published = PublishingLocale(locale);

        Assert.Multiple(() =>
        {
            Assert.That((string?)published["name"], Is.EqualTo("World Capitals"));
            Assert.That((string?)published["summary"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)published["description"], Is.Not.Null.And.Length.GreaterThan(100));
            Assert.That(published["examplePhrases"]?.AsArray(), Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(published["keywords"]?.AsArray(), Is.Not.Empty);
        });
    }

    [Test]
    public void Manifest_has_version_category_and_privacy_and_compliance()
    {
        var privacy = Manifest["privacyAndCompliance"]?.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That((string?)Manifest["manifestVersion"], Is.EqualTo("1.0"));
            Assert.That((string?)Manifest["publishingInformation"]!["category"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)Manifest["publishingInformation"]!["testingInstructions"], Is.Not.Null.And.Not.Empty);
            Assert.That(privacy, Is.Not.Null);
            foreach (var flag in new[] { "allowsPurchases", "usesPersonalInfo", "isChildDirected", "isExportCompliant", "containsAds" })
                Assert.That(privacy![flag]?.GetValueKind(), Is.AnyOf(JsonValueKind.True, JsonValueKind.False), flag);
        });
    }

    [Test]
    public void Custom_api_is_declared_without_an_endpoint_which_is_filled_at_deploy()
    {
        var custom = Manifest["apis"]?["custom"]?.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(custom, Is.Not.Null);
            Assert.That(custom!.ContainsKey("endpoint"), Is.False);
            Assert.That(custom.ContainsKey("regions"), Is.False);
        });
    }

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_example_phrase_is_a_sample_utterance_of_its_locale_with_a_known_country(string locale)
    {
        var model = Repository.Generated(locale);
        var samples = model.Intents.SelectMany(intent => intent.Samples).ToList();
        var countries = model.Types["COUNTRY"].SelectMany(value => value.Synonyms.Prepend(value.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phrases = PublishingLocale(locale)["examplePhrases"]!.AsArray().Select(phrase => (string)phrase!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(phrases[0], Does.StartWith("Alexa, "), "the first example phrase starts with the wake word");
            foreach (var phrase in phrases)
            {
                var match = ExamplePhrases.Match(phrase, model.InvocationName, samples);
                Assert.That(match, Is.Not.Null, phrase);
                Assert.That(match?.SlotTexts, Is.All.Matches<string>(countries.Contains), phrase);
            }
        });
    }
}
