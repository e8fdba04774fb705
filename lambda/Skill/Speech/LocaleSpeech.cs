using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Speech;

/// <summary>Everything the skill says in one locale. Each locale file must carry every member.</summary>
public sealed class LocaleSpeech
{
    [JsonPropertyName("skillName")]
    public required string SkillName { get; init; }

    [JsonPropertyName("welcome")]
    public required string Welcome { get; init; }

    [JsonPropertyName("welcomeReprompt")]
    public required string WelcomeReprompt { get; init; }

    [JsonPropertyName("help")]
    public required string Help { get; init; }

    [JsonPropertyName("helpReprompt")]
    public required string HelpReprompt { get; init; }

    [JsonPropertyName("goodbye")]
    public required string Goodbye { get; init; }

    [JsonPropertyName("fallback")]
    public required string Fallback { get; init; }

    [JsonPropertyName("fallbackReprompt")]
    public required string FallbackReprompt { get; init; }

    [JsonPropertyName("error")]
    public required string Error { get; init; }

    [JsonPropertyName("errorReprompt")]
    public required string ErrorReprompt { get; init; }
}
