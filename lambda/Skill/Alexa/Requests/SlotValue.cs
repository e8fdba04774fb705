using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary><c>Simple</c> (one value with its resolutions) or <c>List</c> (several <c>Simple</c> values).</summary>
public sealed class SlotValue
{
    /// <summary>See <see cref="SlotValueTypes"/>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions { get; init; }

    [JsonPropertyName("values")]
    public IReadOnlyList<SlotValue>? Values { get; init; }
}
