using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>Sent when an APL <c>SendEvent</c> command runs on a screen device.</summary>
public sealed class AplUserEventRequest() : Request(RequestTypes.AplUserEvent)
{
        [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>Arbitrary JSON values from the <c>SendEvent</c> command.</summary>
    [JsonPropertyName("arguments")]
    public JsonElement? Arguments { get; init; }

    [JsonPropertyName("source")]
    public JsonElement? Source { get; init; }

    [JsonPropertyName("components")]
    public JsonElement? Components { get; init; }
}
