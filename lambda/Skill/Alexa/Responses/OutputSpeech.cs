using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainTextOutputSpeech), "PlainText")]
[JsonDerivedType(typeof(SsmlOutputSpeech), "SSML")]
public abstract class OutputSpeech
{
    /// <summary>See <see cref="PlayBehaviors"/>.</summary>
    [JsonPropertyName("playBehavior")]
    public string? PlayBehavior { get; init; }
}

public sealed class PlainTextOutputSpeech : OutputSpeech
{
    [JsonPropertyName("text")]
    public required string Text { get; init; }
}

public sealed class SsmlOutputSpeech : OutputSpeech
{
    /// <summary>A whole <c>&lt;speak&gt;</c> document; build it with <see cref="Ssml.SsmlBuilder"/>.</summary>
    [JsonPropertyName("ssml")]
    public required string Ssml { get; init; }
}

public static class PlayBehaviors
{
    public const string Enqueue = "ENQUEUE";
    public const string ReplaceAll = "REPLACE_ALL";
    public const string ReplaceEnqueued = "REPLACE_ENQUEUED";
}
