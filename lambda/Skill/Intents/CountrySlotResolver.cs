using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// The country a slot names, in this order: Alexa's entity resolution (ER_SUCCESS_MATCH id), the exact
/// name or alias of what was said, a known name inside what was said with extra words, a forgiving match of
/// what was said. A name that means several places ("Korea", by name or by its group id "KP+KR") resolves to a
/// <see cref="SharedName"/>. A value that is no exact name as a whole but a list of exact names ("spain and portugal")
/// resolves to that list, before any guess inside it. Never throws for any slot content.
/// </summary>
internal sealed class CountrySlotResolver(CountryLookup lookup)
{
    /// <summary>CapitalIntent's optional slots that narrow the place: a PLACE_KIND and a COUNTRY it belongs to.</summary>
    public const string KindSlot = "kind";
    public const string ParentSlot = "parent";

    public CountryResolution Resolve(Slot? slot, string locale)
    {
        var ids = SlotReading.MatchedIds(slot);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (lookup.FindById(id) is { } country)
                return new CountryResolution(country, slot, CountryResolutionMethod.EntityResolution);
            if (lookup.FindSharedNameById(id) is { } shared)
                return new CountryResolution(null, slot, CountryResolutionMethod.EntityResolution, shared);
        }

        var spoken = SlotReading.SpokenValue(slot);
        var result = lookup.FindBySpokenName(spoken, locale);
        if (result.Match != LookupMatch.Exact && lookup.FindList(spoken, locale) is { } list)
            return new CountryResolution(null, slot, CountryResolutionMethod.Name, List: list);
        var method = result.Match switch
        {
            LookupMatch.Exact => CountryResolutionMethod.Name,
            LookupMatch.ExtraWords => CountryResolutionMethod.ExtraWords,
            LookupMatch.Forgiving => CountryResolutionMethod.ForgivingMatch,
            _ => CountryResolutionMethod.None,
        };
        return new CountryResolution(result.Country, slot, method, result.SharedName, result.Qualifier);
    }

    /// <summary>
    /// What was said to narrow the place: the <c>kind</c> slot's resolved PLACE_KIND id ("state"), the country of the
    /// <c>parent</c> slot ("in the US"), else a country said inside the place's slot value ("punjab in india").
    /// </summary>
    public PlaceQualifier QualifierOf(Intent intent, CountryResolution resolution, string locale)
    {
        var kind = SlotReading.MatchedIds(intent.GetSlot(KindSlot)).FirstOrDefault(id => !string.IsNullOrEmpty(id));
        var parent = Resolve(intent.GetSlot(ParentSlot), locale).Country ?? resolution.Qualifier;
        return kind is null && parent is null ? PlaceQualifier.None : new PlaceQualifier(kind, parent);
    }

    /// <summary>
    /// The one place of <paramref name="country"/> named after it that the qualifier fits: "the state of Mexico" is
    /// the State of Mexico, not the country. Null when there is none, or more than one.
    /// </summary>
    public Country? PlaceNamedAfter(Country country, PlaceQualifier qualifier, string locale)
    {
        var name = country.NameFor(locale);
        var named = lookup.PlacesOf(country.Id)
            .Where(place => new PlaceQualifier(qualifier.Kind, null).Fits(place) && ContainsWords(place.NameFor(locale), name))
            .Take(2)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The place with this id: a place of a shared name, or the parent of a territory or subdivision; null for none.</summary>
    public Country? FindCountry(string? id) => lookup.FindById(id);

    private static bool ContainsWords(string text, string words) =>
        $" {text} ".Contains($" {words} ", StringComparison.OrdinalIgnoreCase);
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
/// neither; <see cref="Spoken"/> is what the user said, if anything; <see cref="Qualifier"/> is a country said
/// inside the value with the place ("india" in "punjab in india"); <see cref="List"/> the places of a list said in the
/// value ("spain and portugal"), in the order said.
/// </summary>
internal readonly record struct CountryResolution(
    Country? Country, Slot? Slot, CountryResolutionMethod Method, SharedName? SharedName = null, Country? Qualifier = null,
    IReadOnlyList<LookupResult>? List = null)
{
    public bool IsResolved => Country is not null || SharedName is not null || List is not null;

    /// <summary>What the user said, read from the slot when asked: an answer by entity resolution never needs it as a string.</summary>
    public string? Spoken => SlotReading.SpokenValue(Slot);
}
