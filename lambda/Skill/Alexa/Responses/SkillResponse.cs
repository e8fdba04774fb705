using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>The response envelope. Null members are omitted on the wire.</summary>
public sealed class SkillResponse
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.0";

    /// <summary>Modelled for completeness; this skill is stateless and never sets it.</summary>
    [JsonPropertyName("sessionAttributes")]
    public Dictionary<string, JsonElement>? SessionAttributes { get; init; }

    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; init; }

    [JsonPropertyName("response")]
    public ResponseBody Response { get; init; } = new();
}
