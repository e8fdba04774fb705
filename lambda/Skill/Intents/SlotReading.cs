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

    /// <summary>The matched ids in the order Alexa sent them; an empty list, allocating nothing, for a slot without any.</summary>
    public static IReadOnlyList<string?> MatchedIds(Slot? slot)
    {
        // Read by the parser with the slot, without building its resolutions.
        if (slot?.MatchedIds is { } parsed)
            return parsed;
        var resolutions = slot?.Resolutions ?? slot?.SlotValue?.Resolutions ?? First(slot?.SlotValue?.Values)?.Resolutions;
        var authorities = resolutions?.ResolutionsPerAuthority;
        if (authorities is null)
            return [];
        // One id is the usual case: an array of one, not a list.
        string? first = null;
        List<string?>? several = null;
        var count = 0;
        for (var a = 0; a < authorities.Count; a++)
        {
            var authority = authorities[a];
            if (authority?.Status?.Code != ResolutionStatusCodes.SuccessMatch || authority.Values is null)
                continue;
            for (var v = 0; v < authority.Values.Count; v++)
            {
                var id = authority.Values[v].Value?.Id;
                if (count++ == 0)
                    first = id;
                else
                    (several ??= [first]).Add(id);
            }
        }
        // Each return on its own: in one conditional expression, the list's type would make [first] a list too.
        if (count == 0)
            return [];
        if (count == 1)
            return [first];
        return several!;
    }

    private static SlotValue? First(IReadOnlyList<SlotValue>? values) => values is { Count: > 0 } ? values[0] : null;
}
