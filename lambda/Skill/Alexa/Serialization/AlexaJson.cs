using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// The serializer's settings and metadata, for writing: responses (those <see cref="ResponseWriter"/> does not write
/// itself) and, for tools and tests, request envelopes; envelopes are read by <see cref="Parsing.EnvelopeReader"/> only.
/// Output keeps SSML readable (<c>&lt;speak&gt;</c>, not <c>\u003Cspeak\u003E</c>): the body is JSON for Alexa, never
/// embedded in HTML.
/// </summary>
public static class AlexaJson
{
    /// <summary>Deeper JSON is refused; real envelopes nest about ten levels.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

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
