using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Slot
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>What the user said (not the canonical value); absent when the slot was not filled.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions { get; init; }

    /// <summary>The structured form; the only form a multi-value slot has.</summary>
    [JsonPropertyName("slotValue")]
    public SlotValue? SlotValue { get; init; }
}
