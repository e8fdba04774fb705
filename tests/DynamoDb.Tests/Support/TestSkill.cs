using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>The real skill with a fixed clock and the given capitals directory (embedded when null).</summary>
internal static class TestSkill
{
    public static SkillEntryPoint Create(ICapitalDirectory? directory = null) =>
        CapitalsSkillFactory.Create(new SkillSettings { SkillId = Envelopes.SkillId }, new FixedClock(), loggerFactory: null, directory);

    /// <summary>The response body, as UTF-8 text, for "what's the capital of {id}".</summary>
    public static async Task<string> AnswerAsync(this SkillEntryPoint skill, string countryId, string locale = "en-US")
    {
        var spoken = CapitalsData.Embedded.FindById(countryId)!.NameFor(locale);
        var result = await skill.InvokeAsync(Envelopes.Capital(spoken, countryId, locale: locale).Bytes());
        Assert.That(result.Error, Is.Null, () => $"The skill refused the request: {result.Error}");
        return Encoding.UTF8.GetString(result.Body.Span);
    }

    public static string Ssml(string responseBody) =>
        (string?)JsonNode.Parse(responseBody)?["response"]?["outputSpeech"]?["ssml"] ?? "";
}
