using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>An error Alexa reports back; <see cref="Type"/> is an open set (INVALID_RESPONSE, ENDPOINT_TIMEOUT, ...).</summary>
public sealed class AlexaError
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
