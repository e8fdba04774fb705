using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Session
{
    [JsonPropertyName("new")]
    public bool New { get; init; }

    [JsonPropertyName("sessionId")]
    public string? SessionId { get; init; }

    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    /// <summary>Whatever a skill returned as <c>sessionAttributes</c>; this skill never sets any.</summary>
    [JsonPropertyName("attributes")]
    public Dictionary<string, JsonElement>? Attributes { get; init; }

    [JsonPropertyName("user")]
    public User? User { get; init; }
}
