using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Parsing;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// One slot of an intent. From a body, its <see cref="Value"/> and <see cref="Resolutions"/> are read on first use (the
/// slot reads its body until then: keep it unchanged); what a skill reads of them on every request, the matched ids, is
/// read with the slot.
/// </summary>
public sealed class Slot
{
    private Resolutions? _resolutions;
    private ReadOnlyMemory<byte> _resolutionsJson;
    private DeferredString _value;

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>What the user said (not the canonical value); absent when the slot was not filled.</summary>
    /// <remarks>From a body, a string only once read: a slot resolved by its ids is answered without it.</remarks>
    [JsonPropertyName("value")]
    public string? Value
    {
        get => _value.Value;
        init => _value = DeferredString.FromValue(value);
    }

    [JsonPropertyName("confirmationStatus")]
    public string? ConfirmationStatus { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("resolutions")]
    public Resolutions? Resolutions
    {
        get => _resolutions ??= _resolutionsJson.IsEmpty ? null : IntentParser.ReadResolutions(_resolutionsJson);
        init => _resolutions = value;
    }

    /// <summary>The structured form; the only form a multi-value slot has.</summary>
    [JsonPropertyName("slotValue")]
    public SlotValue? SlotValue { get; init; }

    /// <summary>The <c>value</c> as the parser read it: a slice of the body until read.</summary>
    internal DeferredString ValueJson
    {
        init => _value = value;
    }

    /// <summary>The <c>resolutions</c> object as sent (a slice of the body, checked by the parser), built on first use.</summary>
    internal ReadOnlyMemory<byte> ResolutionsJson
    {
        init => _resolutionsJson = value;
    }

    /// <summary>
    /// The ids of the values entity resolution matched (an authority with ER_SUCCESS_MATCH), in the order sent, as
    /// the parser read them with the slot; null when the slot has no <c>resolutions</c> or was not read from a body.
    /// </summary>
    internal IReadOnlyList<string?>? MatchedIds { get; init; }
}
