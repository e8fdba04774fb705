using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// The country a slot names, in this order: Alexa's entity resolution (ER_SUCCESS_MATCH id), the exact
/// name or alias of what was said, a known name inside what was said with extra words, a forgiving match of
/// what was said. A name that means several places ("Korea", by name or by its group id "KP+KR") resolves to a
/// <see cref="SharedName"/>. Never throws for any slot content.
/// </summary>
internal sealed class CountrySlotResolver(CountryLookup lookup)
{
    public CountryResolution Resolve(Slot? slot, string locale)
    {
        var spoken = SlotReading.SpokenValue(slot);
        foreach (var id in SlotReading.MatchedIds(slot))
        {
            if (lookup.FindById(id) is { } country)
                return new CountryResolution(country, spoken, CountryResolutionMethod.EntityResolution);
            if (lookup.FindSharedNameById(id) is { } shared)
                return new CountryResolution(null, spoken, CountryResolutionMethod.EntityResolution, shared);
        }

        var result = lookup.FindBySpokenName(spoken, locale);
        var method = result.Match switch
        {
            LookupMatch.Exact => CountryResolutionMethod.Name,
            LookupMatch.ExtraWords => CountryResolutionMethod.ExtraWords,
            LookupMatch.Forgiving => CountryResolutionMethod.ForgivingMatch,
            _ => CountryResolutionMethod.None,
        };
        return new CountryResolution(result.Country, spoken, method, result.SharedName);
    }

    /// <summary>The place with this id: a place of a shared name, or the parent of a territory or subdivision; null for none.</summary>
    public Country? FindCountry(string? id) => lookup.FindById(id);
}

internal enum CountryResolutionMethod
{
    None,
    EntityResolution,
    Name,
    ExtraWords,
    ForgivingMatch,
}

/// <summary>
/// What the slot resolved to: a country, or a name shared by several places (<see cref="SharedName"/>), or
/// neither; <see cref="Spoken"/> is what the user said, if anything.
/// </summary>
internal readonly record struct CountryResolution(Country? Country, string? Spoken, CountryResolutionMethod Method, SharedName? SharedName = null)
{
    public bool IsResolved => Country is not null || SharedName is not null;
}
