using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class SessionEndedRequest() : Request(RequestTypes.SessionEnded)
{
        /// <summary>See <see cref="SessionEndedReasons"/>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("error")]
    public AlexaError? Error { get; init; }
}
