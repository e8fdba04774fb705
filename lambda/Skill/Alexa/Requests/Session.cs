using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Session
{
    private DeferredString _sessionId;

    [JsonPropertyName("new")]
    public bool New { get; init; }

    [JsonPropertyName("sessionId")]
    public string? SessionId
    {
        get => _sessionId.Value;
        init => _sessionId = DeferredString.FromValue(value);
    }

    internal DeferredString SessionIdJson
    {
        init => _sessionId = value;
    }

    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    /// <summary>Whatever a skill returned as <c>sessionAttributes</c>, as the raw JSON object: this skill never sets or reads any.</summary>
    [JsonPropertyName("attributes")]
    public RawJson? Attributes { get; init; }

    [JsonPropertyName("user")]
    public User? User { get; init; }
}
