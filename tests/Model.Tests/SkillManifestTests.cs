using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Model.Tests;

public partial class SkillManifestTests
{
    private static JsonObject Manifest => Repository.Manifest()["manifest"]!.AsObject();

    private static JsonObject PublishingLocale(string locale) =>
        Manifest["publishingInformation"]!["locales"]![locale]!.AsObject();

    [Test]
    public void Manifest_publishes_exactly_the_locales_with_a_model()
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
            Assert.That((string?)published["name"], Is.EqualTo(SpeechCatalog.LoadEmbedded().For(locale).SkillName), "the name is the skill's name in its speech");
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
    public void Custom_api_has_no_endpoint_or_the_lambda_arn_ask_deploy_writes_into_it()
    {
        Assert.That(Manifest["apis"]?["custom"], Is.Not.Null);
        Assert.That(EndpointProblem(Manifest), Is.Null);
    }

    [Test]
    public void The_manifest_as_ask_deploy_rewrites_it_passes_with_the_function_arn_and_no_final_newline()
    {
        // `ask deploy` sets apis.custom.endpoint to { "uri": <the stack's SkillEndpoint output> } and writes the file
        // back with JSON.stringify(manifest, null, 2): no final newline. A user's first deploy must not break the tests.
        var deployed = Repository.Manifest();
        deployed["manifest"]!["apis"]!["custom"]!["endpoint"] = new JsonObject { ["uri"] = DeployedFunctionArn };
        var text = deployed.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var reread = JsonNode.Parse(text)!["manifest"]!.AsObject();

        Assert.That(text, Does.Not.EndWith("\n"));
        Assert.That(EndpointProblem(reread), Is.Null);
    }

    [TestCase("https://example.com/alexa")]
    [TestCase("arn:aws:lambda:us-east-1:123456789012:layer:skill")]
    [TestCase("arn:aws:s3:::bucket")]
    public void Any_other_endpoint_is_reported(string uri)
    {
        var manifest = Repository.Manifest()["manifest"]!.AsObject();
        manifest["apis"]!["custom"]!["endpoint"] = new JsonObject { ["uri"] = uri };

        Assert.That(EndpointProblem(manifest), Does.Contain(uri));
    }

    [Test]
    public void Per_region_endpoints_are_reported()
    {
        var manifest = Repository.Manifest()["manifest"]!.AsObject();
        manifest["apis"]!["custom"]!["regions"] = new JsonObject { ["EU"] = new JsonObject { ["endpoint"] = new JsonObject { ["uri"] = DeployedFunctionArn } } };

        Assert.That(EndpointProblem(manifest), Does.Contain("regions"));
    }

    private const string DeployedFunctionArn =
        "arn:aws:lambda:us-east-1:123456789012:function:ask-worldcapitals-default-skillStack-AlexaSkillFunction-Ab12Cd34Ef56";

    /// <summary>Null when apis.custom has no endpoint (the committed file) or the Lambda function ARN `ask deploy`
    /// writes; the problem otherwise. Per-region endpoints are not used (one function, in ask-resources.json's region).</summary>
    private static string? EndpointProblem(JsonObject manifest)
    {
        var custom = manifest["apis"]?["custom"]?.AsObject();
        if (custom is null)
            return "no apis.custom";
        if (custom.ContainsKey("regions"))
            return "apis.custom.regions is set; the skill has one endpoint";
        if (!custom.TryGetPropertyValue("endpoint", out var endpoint))
            return null;
        var uri = (string?)endpoint?["uri"];
        return uri is not null && LambdaFunctionArn().IsMatch(uri) ? null : $"apis.custom.endpoint.uri is not a Lambda function ARN: {uri}";
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,140}(:[A-Za-z0-9_$-]+)?$")]
    private static partial Regex LambdaFunctionArn();

    [TestCaseSource(typeof(Repository), nameof(Repository.Locales))]
    public void Every_example_phrase_is_a_sample_utterance_of_its_locale_with_a_known_country(string locale)
    {
        var model = Repository.Generated(locale);
        var samples = model.Intents.SelectMany(intent => intent.Samples).ToList();
        var countries = model.Types["COUNTRY"].SelectMany(value => value.Synonyms.Prepend(value.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phrases = PublishingLocale(locale)["examplePhrases"]!.AsArray().Select(phrase => (string)phrase!).ToList();
        var lookup = new CountryLookup(CapitalsData.Embedded);

        Assert.Multiple(() =>
        {
            Assert.That(ExamplePhrases.StartsWithWakeWord(phrases[0], model.InvocationName, locale), Is.True, "the first example phrase starts with the wake word");
            foreach (var phrase in phrases)
            {
                var match = ExamplePhrases.Match(phrase, model.InvocationName, samples, locale);
                Assert.That(match, Is.Not.Null, phrase);
                // A value of the slot type, or a name the skill finds itself when Alexa resolves none ("la bolivie").
                Assert.That(match?.SlotTexts, Is.All.Matches<string>(text => countries.Contains(text) || lookup.FindBySpokenName(text, locale).Match == LookupMatch.Exact), phrase);
            }
        });
    }
}
