using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>A name-free interaction probe: answer whether the intent could be fulfilled, with no side effects.</summary>
public sealed class CanFulfillIntentRequest() : Request(RequestTypes.CanFulfillIntent)
{
        [JsonPropertyName("dialogState")]
    public string? DialogState { get; init; }

    [JsonPropertyName("intent")]
    public Intent? Intent { get; init; }
}
