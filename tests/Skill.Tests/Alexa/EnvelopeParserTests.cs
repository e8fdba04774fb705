using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>The hot-path parser builds exactly the model the source-generated serializer builds.</summary>
public sealed class EnvelopeParserTests
{
    private static readonly string SamplesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples");

    public static IEnumerable<TestCaseData> Envelopes()
    {
        foreach (var file in SampleEnvelopeTests.RequestSamples())
            yield return new TestCaseData(File.ReadAllBytes(Path.Combine(SamplesDirectory, file))).SetName("Parser agrees with the serializer: " + file);
        yield return new TestCaseData(WorldCapitals.Tests.Support.Envelopes.Capital("france", "FR").Bytes()).SetName("Parser agrees with the serializer: resolved CapitalIntent");
        yield return new TestCaseData(WorldCapitals.Tests.Support.Envelopes.Of("System.ExceptionEncountered",
            ("error", new JsonObject { ["type"] = "INVALID_RESPONSE", ["message"] = "m" }),
            ("cause", new JsonObject { ["requestId"] = "r0" })).Bytes()).SetName("Parser agrees with the serializer: exception encountered");
        yield return new TestCaseData(WorldCapitals.Tests.Support.Envelopes.Of("Alexa.Presentation.APL.UserEvent",
            ("token", "t"), ("arguments", new JsonArray(1, "two", new JsonObject { ["x"] = 3 }))).Bytes()).SetName("Parser agrees with the serializer: APL user event");
    }

    [TestCaseSource(nameof(Envelopes))]
    public void Parser_and_serializer_build_the_same_envelope(byte[] body)
    {
        var parsed = EnvelopeParser.Parse(body, AlexaJson.MaxDepth);
        var deserialized = JsonSerializer.Deserialize(body, AlexaJson.SkillRequest)!;

        var fromParser = JsonNode.Parse(JsonSerializer.Serialize(parsed, AlexaJson.SkillRequest));
        var fromSerializer = JsonNode.Parse(JsonSerializer.Serialize(deserialized, AlexaJson.SkillRequest));
        Assert.That(JsonComparison.Differences(fromSerializer, fromParser), Is.Empty);
    }

    [TestCase("jovotech__jovo-framework__IntentRequestWithSlotResolution.json")]
    [TestCase("jovotech__jovo-framework__DialogDelegateRequest.json")]
    [TestCase("stoiveyp__Alexa.NET.APL__LaunchRequest.json")]
    [TestCase("aws__aws-lambda-dotnet__alexa-start-session.json")]
    public void Parsed_envelope_written_back_keeps_every_member_of_the_original(string file)
    {
        var body = File.ReadAllBytes(Path.Combine(SamplesDirectory, file));

        var written = JsonNode.Parse(JsonSerializer.Serialize(EnvelopeParser.Parse(body, AlexaJson.MaxDepth), AlexaJson.SkillRequest));

        Assert.That(JsonComparison.Differences(JsonNode.Parse(body), written), Is.Empty);
    }

    [Test]
    public void Raw_context_parts_keep_their_exact_text_and_parse_on_demand()
    {
        var body = File.ReadAllBytes(Path.Combine(SamplesDirectory, "stoiveyp__Alexa.NET.APL__LaunchRequest.json"));

        var context = EnvelopeParser.Parse(body, AlexaJson.MaxDepth).Context!;

        var text = System.Text.Encoding.UTF8.GetString(body);
        Assert.That(text, Does.Contain(context.Viewport!.ToString()));
        Assert.That(context.Viewport.ToString(), Does.StartWith("{").And.EndWith("}"));
        Assert.That(context.Viewport.Element.GetProperty("pixelWidth").GetInt32(), Is.EqualTo(1024));
        Assert.That(context.Other!.Keys, Is.EquivalentTo(new[] { "AudioPlayer", "Display", "Alexa.Presentation.APL" }));
        Assert.That(context.System!.Device!.SupportedInterfaces!["Alexa.Presentation.APL"].Element.GetProperty("runtime").GetProperty("maxVersion").GetString(), Is.Not.Empty);
    }

    [Test]
    public void Session_attributes_are_kept_as_one_raw_object_however_many_there_are()
    {
        // About 250 KB of session attributes: 5,000 small objects, the shape that cost megabytes when each was parsed.
        var attributes = new JsonObject();
        for (var i = 0; i < 5_000; i++)
            attributes["attribute" + i] = new JsonObject { ["value"] = new string('x', 20), ["n"] = i };
        var envelope = WorldCapitals.Tests.Support.Envelopes.Launch();
        envelope["session"]!["attributes"] = attributes;
        var body = envelope.Bytes();
        EnvelopeParser.Parse(body, AlexaJson.MaxDepth); // warm-up: first-call costs are not what is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = EnvelopeParser.Parse(body, AlexaJson.MaxDepth);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A bound, not a timing: one copy of the attributes' bytes plus the small rest of the envelope.
        Assert.That(allocated, Is.LessThan(body.Length + 64 * 1024), $"{allocated} bytes allocated for a {body.Length}-byte body");
        Assert.That(parsed.Session!.Attributes!.Element.GetProperty("attribute4999").GetProperty("n").GetInt32(), Is.EqualTo(4999));
    }
}
