using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary><c>System.ExceptionEncountered</c>: a previous response of the skill failed on the device.</summary>
public sealed class ExceptionEncounteredRequest() : Request(RequestTypes.ExceptionEncountered)
{
        [JsonPropertyName("error")]
    public AlexaError? Error { get; init; }

    [JsonPropertyName("cause")]
    public ExceptionCause? Cause { get; init; }
}

public sealed class ExceptionCause
{
    /// <summary>The request whose response failed.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; init; }
}
