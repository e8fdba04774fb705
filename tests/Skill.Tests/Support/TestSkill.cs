using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Skill.Tests.Support;

/// <summary>The real skill with a fixed clock, and helpers to call it like a host does.</summary>
internal static class TestSkill
{
    public static SkillEntryPoint Create(CapturingLogger? logger = null, TimeProvider? clock = null) =>
        CapitalsSkillFactory.Create(new SkillSettings { SkillId = Envelopes.SkillId }, clock ?? new FixedClock(), logger);

    public static SkillEntryPoint CreateUnverified() =>
        CapitalsSkillFactory.Create(new SkillSettings { VerifySkillId = false, VerifyTimestamp = false }, new FixedClock());

    /// <summary>Invokes through the bytes entry point and parses the response body independently of the skill's serializer.</summary>
    public static async Task<JsonObject> AnswerAsync(this SkillEntryPoint skill, JsonNode envelope)
    {
        var result = await skill.InvokeAsync(envelope.Bytes());
        Assert.That(result.Error, Is.Null, () => $"The skill refused the request: {result.Error}");
        return JsonNode.Parse(result.Body.Span)!.AsObject();
    }

    public static string? Ssml(this JsonObject response) => (string?)response["response"]?["outputSpeech"]?["ssml"];

    public static string? RepromptSsml(this JsonObject response) => (string?)response["response"]?["reprompt"]?["outputSpeech"]?["ssml"];

    public static bool? ShouldEndSession(this JsonObject response) => (bool?)response["response"]?["shouldEndSession"];
}
