using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>The one envelope reader keeps every member of an envelope, and what the skill rarely reads stays raw until read.</summary>
public sealed class EnvelopeReaderTests
{
    [TestCase("jovotech__jovo-framework__IntentRequestWithSlotResolution.json")]
    [TestCase("jovotech__jovo-framework__DialogDelegateRequest.json")]
    [TestCase("stoiveyp__Alexa.NET.APL__LaunchRequest.json")]
    [TestCase("aws__aws-lambda-dotnet__alexa-start-session.json")]
    public void Parsed_envelope_written_back_keeps_every_member_of_the_original(string file)
    {
        var body = File.ReadAllBytes(SampleEnvelopes.PathOf(file));

        var written = JsonNode.Parse(JsonSerializer.Serialize(EnvelopeReading.Read(body), AlexaJson.Options.GetTypeInfo(typeof(SkillRequest))));

        Assert.That(JsonComparison.Differences(JsonNode.Parse(body), written), Is.Empty);
    }

    [Test]
    public void Raw_context_parts_keep_their_exact_text_and_parse_on_demand()
    {
        var body = File.ReadAllBytes(SampleEnvelopes.PathOf("stoiveyp__Alexa.NET.APL__LaunchRequest.json"));

        var context = EnvelopeReading.Read(body).Context!;

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
        // About 230 KB of session attributes (close to the body limit): 4,000 small objects, the shape that cost
        // megabytes when each was parsed.
        var attributes = new JsonObject();
        for (var i = 0; i < 4_000; i++)
            attributes["attribute" + i] = new JsonObject { ["value"] = new string('x', 20), ["n"] = i };
        var envelope = Envelopes.Launch();
        envelope["session"]!["attributes"] = attributes;
        var body = envelope.Bytes();
        EnvelopeReading.Read(body); // warm-up: first-call costs are not what is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = EnvelopeReading.Read(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A bound, not a timing: the attributes stay a slice of the body, so only the small rest of the envelope allocates.
        Assert.That(allocated, Is.LessThan(16 * 1024), $"{allocated} bytes allocated for a {body.Length}-byte body");
        Assert.That(parsed.Session!.Attributes!.Element.GetProperty("attribute3999").GetProperty("n").GetInt32(), Is.EqualTo(3999));
    }

    [Test]
    public void Raw_parts_and_unread_ids_are_slices_of_the_body_not_copies()
    {
        var body = File.ReadAllBytes(SampleEnvelopes.PathOf("stoiveyp__Alexa.NET.APL__LaunchRequest.json"));

        var context = EnvelopeReading.Read(body).Context!;

        Assert.That(MemoryMarshal.TryGetArray(context.Viewport!.Utf8, out var viewport) && viewport.Array == body, Is.True);
        Assert.That(MemoryMarshal.TryGetArray(context.Other!["AudioPlayer"].Utf8, out var audioPlayer) && audioPlayer.Array == body, Is.True);
    }

    [Test]
    public void Unread_ids_read_later_are_the_strings_sent_escaped_or_not()
    {
        var envelope = Envelopes.Launch();
        envelope["session"]!["sessionId"] = "";
        // The serializer writes these escaped (\u00E9, \u0022); the token below goes in as raw UTF-8.
        envelope["session"]!["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.été \"quoted\"" };
        envelope["context"]!["System"]!["apiAccessToken"] = "TOKEN";
        var body = System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString().Replace("\"TOKEN\"", "\"token-été\"", StringComparison.Ordinal));

        var parsed = EnvelopeReading.Read(body);

        Assert.That(parsed.Session!.SessionId, Is.EqualTo(string.Empty));
        Assert.That(parsed.Session.User!.UserId, Is.EqualTo("amzn1.ask.account.été \"quoted\""));
        Assert.That(parsed.Context!.System!.ApiAccessToken, Is.EqualTo("token-été"));
    }

    [Test]
    public void The_serializer_writes_envelopes_but_never_reads_them()
    {
        var body = Envelopes.Launch().Bytes();

        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize(body, AlexaJson.Options.GetTypeInfo(typeof(SkillRequest))));
    }
}
