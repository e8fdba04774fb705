using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>The response envelope. Null members are omitted on the wire.</summary>
/// <remarks>
/// One from <see cref="ResponseBuilder.Build"/> is written from its builder; its <see cref="Response"/> objects are
/// built on first read. One response at a time: read on two threads at once, they may be built twice, each time the same.
/// </remarks>
public sealed class SkillResponse
{
    private ResponseBody? _response;
    private ResponseBuilder? _builder;

    public SkillResponse()
    {
    }

    internal SkillResponse(ResponseBuilder builder) => _builder = builder;

    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.0";

    /// <summary>Modelled for completeness; this skill is stateless and never sets it.</summary>
    [JsonPropertyName("sessionAttributes")]
    public Dictionary<string, JsonElement>? SessionAttributes { get; init; }

    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; init; }

    [JsonPropertyName("response")]
    public ResponseBody Response
    {
        get => _response ??= _builder?.BuildBody() ?? new();
        init => _response = value;
    }

    /// <summary>The builder this response is written from, while its objects are not built.</summary>
    internal ResponseBuilder? Builder => _response is null ? _builder : null;

    /// <summary>Builds the response's objects from its builder, which is about to change.</summary>
    internal void BuildResponse()
    {
        _ = Response;
        _builder = null;
    }
}
