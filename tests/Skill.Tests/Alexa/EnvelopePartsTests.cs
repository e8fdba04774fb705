using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Alexa.Verification;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// <c>session</c> and <c>context</c> are checked in the envelope's one pass and built on first use: the envelope a
/// skill sees, the errors bad input gets, and what verification reads are those of building them at once.
/// </summary>
public sealed class EnvelopePartsTests
{
    private const string Launch = "\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r\",\"timestamp\":\"2026-11-27T12:00:00Z\",\"locale\":\"en-US\"}";

    public static IEnumerable<string> RequestSamples() => SampleEnvelopes.RequestFiles();

    [TestCaseSource(nameof(RequestSamples))]
    public void Sample_reads_the_same_whether_its_parts_are_built_at_once_or_on_first_use(string file)
    {
        var body = File.ReadAllBytes(SampleEnvelopes.PathOf(file));

        var onFirstUse = EnvelopeReading.Read(body);
        var atOnce = EnvelopeParser.Parse(body, KnownStrings.Alexa, readPartsNow: true);

        Assert.That(Serialized(onFirstUse), Is.EqualTo(Serialized(atOnce)));
        Assert.That(onFirstUse.ApplicationId, Is.EqualTo(atOnce.ApplicationId));
        Assert.That(onFirstUse.IsInOpenSession, Is.EqualTo(atOnce.IsInOpenSession));
        Assert.That(onFirstUse.SessionApplicationId.Value, Is.EqualTo(atOnce.Session?.Application?.ApplicationId));
        Assert.That(onFirstUse.ContextApplicationId.Value, Is.EqualTo(atOnce.Context?.System?.Application?.ApplicationId));
    }

    [TestCase("""{"session":{"new":"yes"},""" + Launch + "}", "'session.new' must be true or false")]
    [TestCase("""{"session":{"application":7},""" + Launch + "}", "'application' must be an object")]
    [TestCase("""{"session":{"application":{"applicationId":7}},""" + Launch + "}", "'applicationId' must be a string")]
    [TestCase("""{"session":{"attributes":[]},""" + Launch + "}", "'session.attributes' must be an object")]
    [TestCase("""{"session":{"user":{"permissions":{"scopes":{"read":1}}}},""" + Launch + "}", "'permissions.scopes.read' must be an object")]
    [TestCase("""{"session":{"user":{"permissions":{"scopes":{"read":{"status":1}}}}},""" + Launch + "}", "'status' must be a string")]
    [TestCase("""{"context":{"System":"x"},""" + Launch + "}", "'context.System' must be an object")]
    [TestCase("""{"context":{"System":{"user":{"userId":false}}},""" + Launch + "}", "'user.userId' must be a string")]
    [TestCase("""{"context":{"System":{"device":{"supportedInterfaces":[]}}},""" + Launch + "}", "'device.supportedInterfaces' must be an object")]
    [TestCase("""{"context":{"System":{"apiAccessToken":{"a":1}}},""" + Launch + "}", "'apiAccessToken' must be a string")]
    public void Bad_session_or_context_is_refused_as_when_built_at_once(string json, string expected)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var atOnce = Assert.Throws<JsonException>(() => EnvelopeParser.Parse(body, KnownStrings.Alexa, readPartsNow: true))!;

        var (envelope, error) = EnvelopeReader.Read(body);

        Assert.That(envelope, Is.Null);
        Assert.That(atOnce.Message, Does.Contain(expected));
        Assert.That(error!.Message, Does.EndWith(atOnce.Message));
    }

    [TestCase(true, "amzn1.ask.skill.this", "amzn1.ask.skill.this", null)]
    [TestCase(false, "amzn1.ask.skill.this", null, null)]
    [TestCase(false, null, "amzn1.ask.skill.this", null)]
    [TestCase(true, null, null, "The request carries no skill ID.")]
    [TestCase(false, "amzn1.ask.skill.this", "amzn1.ask.skill.other", "The request's context and session name different skills.")]
    [TestCase(true, "amzn1.ask.skill.other", null, "The request is for skill 'amzn1.ask.skill.other', not this skill.")]
    public void Verification_and_session_state_read_from_the_body_match_an_envelope_built_in_code(bool isNew, string? contextId, string? sessionId, string? rejection)
    {
        var context = contextId is null ? "" : $"\"context\":{{\"System\":{{\"application\":{{\"applicationId\":\"{contextId}\"}}}}}},";
        var session = sessionId is null ? "" : $"\"application\":{{\"applicationId\":\"{sessionId}\"}},";
        var read = EnvelopeReading.Read(Encoding.UTF8.GetBytes($"{{{context}\"session\":{{{session}\"new\":{(isNew ? "true" : "false")}}},{Launch}}}"));
        var built = new SkillRequest
        {
            Context = contextId is null ? null : new RequestContext { System = new SystemState { Application = new Application { ApplicationId = contextId } } },
            Session = new Session { New = isNew, Application = sessionId is null ? null : new Application { ApplicationId = sessionId } },
            Request = read.Request,
        };
        var verifier = new SkillIdVerifier("amzn1.ask.skill.this");

        foreach (var envelope in new[] { read, built })
        {
            Assert.That(verifier.Verify(envelope)?.Message, Is.EqualTo(rejection));
            Assert.That(new HandlerInput(envelope, envelope.Request!).IsInOpenSession, Is.EqualTo(!isNew));
            Assert.That(envelope.ApplicationId, Is.EqualTo(contextId ?? sessionId));
        }
    }

    private static string Serialized(SkillRequest envelope) =>
        JsonSerializer.Serialize(envelope, AlexaJson.Options.GetTypeInfo(typeof(SkillRequest)));
}
