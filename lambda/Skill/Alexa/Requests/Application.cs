using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Application
{
    [JsonPropertyName("applicationId")]
    public string? ApplicationId { get; init; }
}
