using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

public sealed class Reprompt
{
    [JsonPropertyName("outputSpeech")]
    public OutputSpeech? OutputSpeech { get; init; }

    [JsonPropertyName("directives")]
    public IReadOnlyList<Directive>? Directives { get; init; }
}
