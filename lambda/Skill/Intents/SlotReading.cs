using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Intents;

/// <summary>What a slot carries, read the same way for every intent: what was said, and the ids Alexa's entity
/// resolution matched (ER_SUCCESS_MATCH), from the classic slot or from its structured <c>slotValue</c>.</summary>
internal static class SlotReading
{
    public static string? SpokenValue(Slot? slot)
    {
        if (!string.IsNullOrWhiteSpace(slot?.Value))
            return slot.Value.Trim();
        var structured = slot?.SlotValue;
        if (structured?.Type == SlotValueTypes.List)
            structured = First(structured.Values);
        return string.IsNullOrWhiteSpace(structured?.Value) ? null : structured.Value.Trim();
    }

    public static IEnumerable<string?> MatchedIds(Slot? slot)
    {
        var resolutions = slot?.Resolutions ?? slot?.SlotValue?.Resolutions ?? First(slot?.SlotValue?.Values)?.Resolutions;
        foreach (var authority in resolutions?.ResolutionsPerAuthority ?? [])
        {
            if (authority?.Status?.Code != ResolutionStatusCodes.SuccessMatch || authority.Values is null)
                continue;
            foreach (var value in authority.Values)
                yield return value.Value?.Id;
        }
    }

    private static SlotValue? First(IReadOnlyList<SlotValue>? values) => values is { Count: > 0 } ? values[0] : null;
}
