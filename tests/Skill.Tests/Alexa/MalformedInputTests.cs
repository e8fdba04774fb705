using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>Hostile and broken bodies: each gets a typed error whose message says what is wrong; nothing throws.</summary>
public sealed class MalformedInputTests
{
    private const string ValidLaunch = """{"version":"1.0","request":{"type":"LaunchRequest","requestId":"r","timestamp":"2026-11-27T12:00:00Z","locale":"en-US"}}""";

    public static IEnumerable<TestCaseData> BrokenBodies()
    {
        yield return Case("empty body", [], SkillErrorKind.EmptyBody);
        yield return Case("whitespace only", Encoding.UTF8.GetBytes(" \r\n\t "), SkillErrorKind.EmptyBody);
        yield return Case("truncated JSON", Encoding.UTF8.GetBytes(ValidLaunch[..40]), SkillErrorKind.InvalidJson);
        yield return Case("trailing garbage", Encoding.UTF8.GetBytes(ValidLaunch + "}"), SkillErrorKind.InvalidJson);
        yield return Case("not JSON at all", Encoding.UTF8.GetBytes("hello alexa"), SkillErrorKind.InvalidJson);
        yield return Case("XML instead of JSON", Encoding.UTF8.GetBytes("<speak>hi</speak>"), SkillErrorKind.InvalidJson);
        yield return Case("single quotes", Encoding.UTF8.GetBytes("{'request':{'type':'LaunchRequest'}}"), SkillErrorKind.InvalidJson);
        yield return Case("non-UTF-8 bytes in a string", Utf8WithInvalidBytes(), SkillErrorKind.InvalidJson);
        yield return Case("UTF-16 encoded body", Encoding.Unicode.GetBytes(ValidLaunch), SkillErrorKind.InvalidJson);
        yield return Case("nesting deeper than the limit", Encoding.UTF8.GetBytes("{\"request\":" + new string('[', 200) + new string(']', 200) + "}"), SkillErrorKind.InvalidJson);
        yield return Case("body over 256 KiB", Encoding.UTF8.GetBytes(ValidLaunch.Replace("\"locale\":\"en-US\"", "\"locale\":\"" + new string('x', 300_000) + "\"", StringComparison.Ordinal)), SkillErrorKind.BodyTooLarge);
        yield return Case("JSON array", Encoding.UTF8.GetBytes("[1,2,3]"), SkillErrorKind.InvalidEnvelope);
        yield return Case("JSON string", Encoding.UTF8.GetBytes("\"LaunchRequest\""), SkillErrorKind.InvalidEnvelope);
        yield return Case("JSON number", Encoding.UTF8.GetBytes("42"), SkillErrorKind.InvalidEnvelope);
        yield return Case("JSON null", Encoding.UTF8.GetBytes("null"), SkillErrorKind.InvalidEnvelope);
        yield return Case("empty object", Encoding.UTF8.GetBytes("{}"), SkillErrorKind.InvalidEnvelope);
        yield return Case("missing request", Encoding.UTF8.GetBytes("""{"version":"1.0","session":{"new":true}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("null request", Encoding.UTF8.GetBytes("""{"version":"1.0","request":null}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("request is a string", Encoding.UTF8.GetBytes("""{"version":"1.0","request":"LaunchRequest"}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("request without type", Encoding.UTF8.GetBytes("""{"version":"1.0","request":{"requestId":"r"}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("type is a number", Encoding.UTF8.GetBytes("""{"version":"1.0","request":{"type":7}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("session is a number", Encoding.UTF8.GetBytes("""{"version":"1.0","session":5,"request":{"type":"LaunchRequest"}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("array where an object belongs", Encoding.UTF8.GetBytes("""{"version":"1.0","context":{"System":{"device":{"supportedInterfaces":[1]}}},"request":{"type":"LaunchRequest"}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("session.new is a string", Encoding.UTF8.GetBytes("""{"session":{"new":"yes"},"request":{"type":"LaunchRequest"}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("slots is an array", Encoding.UTF8.GetBytes("""{"request":{"type":"IntentRequest","intent":{"name":"X","slots":[]}}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("timestamp is not a date", Encoding.UTF8.GetBytes("""{"request":{"type":"LaunchRequest","timestamp":"yesterday-ish"}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("timestamp is an object", Encoding.UTF8.GetBytes("""{"request":{"type":"LaunchRequest","timestamp":{}}}"""), SkillErrorKind.InvalidEnvelope);
        yield return Case("intent is a number", Encoding.UTF8.GetBytes("""{"request":{"type":"IntentRequest","intent":3}}"""), SkillErrorKind.InvalidEnvelope);
    }

    [TestCaseSource(nameof(BrokenBodies))]
    public async Task Broken_body_gets_a_typed_error(byte[] body, SkillErrorKind expected)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();

        // Act
        var result = await skill.InvokeAsync(body);

        // Assert
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error!.Kind, Is.EqualTo(expected), result.Error.Message);
        Assert.That(result.Error.Message, Is.Not.Empty);
        Assert.That(result.Error.Message, Has.Length.LessThan(600), "the message must not echo the body");
        Assert.That(result.Body.IsEmpty, Is.True);
    }

    [Test]
    public async Task Huge_string_under_the_size_limit_is_handled()
    {
        var skill = TestSkill.CreateUnverified();
        var envelope = Envelopes.Intent("AMAZON.HelpIntent");
        envelope["request"]!["intent"]!["slots"] = new JsonObject { ["country"] = new JsonObject { ["name"] = "country", ["value"] = new string('a', 200_000) } };

        var result = await skill.InvokeAsync(envelope.Bytes());

        Assert.That(result.Error, Is.Null);
    }

    [Test]
    public async Task Nulls_where_optional_objects_belong_still_get_an_answer()
    {
        var skill = TestSkill.CreateUnverified();
        var body = """{"version":null,"session":null,"context":{"System":null,"Viewport":null},"request":{"type":"LaunchRequest","requestId":null,"timestamp":null,"locale":null}}"""u8.ToArray();

        var result = await skill.InvokeAsync(body);

        Assert.That(result.Error, Is.Null, () => result.Error!.Message);
        Assert.That(result.Response!.Response.ShouldEndSession, Is.False);
    }

    [Test]
    public async Task Error_message_names_the_missing_member()
    {
        var skill = TestSkill.CreateUnverified();

        var result = await skill.InvokeAsync(Encoding.UTF8.GetBytes("""{"version":"1.0"}"""));

        Assert.That(result.Error!.Message, Does.Contain("'request'"));
    }

    [Test]
    public async Task Error_message_for_invalid_json_points_at_the_position()
    {
        var skill = TestSkill.CreateUnverified();

        var result = await skill.InvokeAsync(Encoding.UTF8.GetBytes("""{"request": {"type": "LaunchRequest",}}"""));

        Assert.That(result.Error!.Kind, Is.EqualTo(SkillErrorKind.InvalidJson));
        Assert.That(result.Error.Message, Does.Contain("BytePositionInLine"));
    }

    private static byte[] Utf8WithInvalidBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidLaunch).ToList();
        var index = ValidLaunch.IndexOf("en-US", StringComparison.Ordinal);
        bytes.InsertRange(index, new byte[] { 0xC3, 0x28, 0xFF });
        return [.. bytes];
    }

    private static TestCaseData Case(string name, byte[] body, SkillErrorKind kind) =>
        new TestCaseData(body, kind).SetName("Broken body gets a typed error: " + name);
}
