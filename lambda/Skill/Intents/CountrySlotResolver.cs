using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// The country a slot names, in this order: Alexa's entity resolution (ER_SUCCESS_MATCH id), the exact
/// name or alias of what was said, a forgiving match of what was said. Never throws for any slot content.
/// </summary>
internal sealed class CountrySlotResolver(CountryLookup lookup)
{
    public CountryResolution Resolve(Slot? slot, string locale)
    {
        var spoken = SpokenValue(slot);
        foreach (var authority in Authorities(slot))
        {
            if (authority.Status?.Code != ResolutionStatusCodes.SuccessMatch || authority.Values is null)
                continue;
            foreach (var value in authority.Values)
            {
                if (lookup.FindById(value.Value?.Id) is { } country)
                    return new CountryResolution(country, spoken, CountryResolutionMethod.EntityResolution);
            }
        }

        var result = lookup.FindBySpokenName(spoken, locale);
        var method = result.Match switch
        {
            LookupMatch.Exact => CountryResolutionMethod.Name,
            LookupMatch.Forgiving => CountryResolutionMethod.ForgivingMatch,
            _ => CountryResolutionMethod.None,
        };
        return new CountryResolution(result.Country, spoken, method);
    }

    /// <summary>The place with this id (the parent of a territory or subdivision), or null.</summary>
    public Country? FindCountry(string? id) => lookup.FindById(id);

    private static string? SpokenValue(Slot? slot)
    {
        if (!string.IsNullOrWhiteSpace(slot?.Value))
            return slot.Value.Trim();
        var structured = slot?.SlotValue;
        if (structured?.Type == SlotValueTypes.List)
            structured = structured.Values?.FirstOrDefault();
        return string.IsNullOrWhiteSpace(structured?.Value) ? null : structured.Value.Trim();
    }

    private static IEnumerable<ResolutionAuthority> Authorities(Slot? slot)
    {
        var resolutions = slot?.Resolutions ?? slot?.SlotValue?.Resolutions ?? slot?.SlotValue?.Values?.FirstOrDefault()?.Resolutions;
        return resolutions?.ResolutionsPerAuthority?.Where(authority => authority is not null) ?? [];
    }
}

internal enum CountryResolutionMethod
{
    None,
    EntityResolution,
    Name,
    ForgivingMatch,
}

/// <summary>What the slot resolved to; <see cref="Spoken"/> is what the user said, if anything.</summary>
internal readonly record struct CountryResolution(Country? Country, string? Spoken, CountryResolutionMethod Method);
