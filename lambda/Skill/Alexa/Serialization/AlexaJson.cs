using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// The type metadata every host and test uses. Output keeps SSML readable (<c>&lt;speak&gt;</c>, not
/// <c>\u003Cspeak\u003E</c>): the body is JSON for Alexa, never embedded in HTML.
/// </summary>
public static class AlexaJson
{
    /// <summary>Deeper JSON is refused; real envelopes nest about ten levels.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>For tools and tests; hosts read envelopes through the entry point's own parser, so this is built on first use only.</summary>
    public static JsonTypeInfo<SkillRequest> SkillRequest => (JsonTypeInfo<SkillRequest>)Options.GetTypeInfo(typeof(SkillRequest));

    public static JsonTypeInfo<SkillResponse> SkillResponse { get; } = (JsonTypeInfo<SkillResponse>)Options.GetTypeInfo(typeof(SkillResponse));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(AlexaJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
