using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Intent
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>See <see cref="ConfirmationStatuses"/>.</summary>
    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; init; }

    /// <summary>Keyed by slot name; may be absent or empty.</summary>
    [JsonPropertyName("slots")]
    public IReadOnlyDictionary<string, Slot>? Slots { get; init; }

    public Slot? GetSlot(string name) =>
        Slots is not null && Slots.TryGetValue(name, out var slot) ? slot : null;
}
