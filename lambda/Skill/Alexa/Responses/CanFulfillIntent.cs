using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>The only thing a response to a CanFulfillIntentRequest carries.</summary>
public sealed class CanFulfillIntent
{
    /// <summary>See <see cref="CanFulfillValues"/>: YES, NO or MAYBE.</summary>
    [JsonPropertyName("canFulfill")]
    public required string CanFulfill { get; init; }

    [JsonPropertyName("slots")]
    public Dictionary<string, CanFulfillSlot>? Slots { get; init; }
}

public sealed class CanFulfillSlot
{
    [JsonPropertyName("canUnderstand")]
    public required string CanUnderstand { get; init; }

    [JsonPropertyName("canFulfill")]
    public string? CanFulfill { get; init; }
}

public static class CanFulfillValues
{
    public const string Yes = "YES";
    public const string No = "NO";
    public const string Maybe = "MAYBE";
}
