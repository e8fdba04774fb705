using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class IntentRequest() : Request(RequestTypes.Intent)
{
        /// <summary>See <see cref="DialogStates"/>; only present when the skill has a dialog model.</summary>
    [JsonPropertyName("dialogState")]
    public string? DialogState { get; init; }

    [JsonPropertyName("intent")]
    public Intent? Intent { get; init; }
}
