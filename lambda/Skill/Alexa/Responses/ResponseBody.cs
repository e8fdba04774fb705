using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

public sealed class ResponseBody
{
    [JsonPropertyName("outputSpeech")]
    public OutputSpeech? OutputSpeech { get; init; }

    [JsonPropertyName("card")]
    public Card? Card { get; init; }

    [JsonPropertyName("reprompt")]
    public Reprompt? Reprompt { get; init; }

    [JsonPropertyName("directives")]
    public IReadOnlyList<Directive>? Directives { get; init; }

    /// <summary>
    /// Three states on the wire: <c>true</c> ends the session, <c>false</c> opens the microphone,
    /// null omits the member (session ends on voice-only devices, stays open for screen content).
    /// </summary>
    [JsonPropertyName("shouldEndSession")]
    public bool? ShouldEndSession { get; init; }

    [JsonPropertyName("canFulfillIntent")]
    public CanFulfillIntent? CanFulfillIntent { get; init; }
}
