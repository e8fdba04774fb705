using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// Words said with a place that say which one is meant: a kind ("the state of Georgia", "Georgia the country"; the
/// PLACE_KIND slot's id) and a country it belongs to ("Georgia in the US", "Punjab in India"). Either may be absent.
/// </summary>
internal sealed record PlaceQualifier(string? Kind, Country? Parent)
{
    /// <summary>The PLACE_KIND id that means a country: a place of no country, or one called a country (England).</summary>
    public const string CountryKind = "country";

    public static PlaceQualifier None { get; } = new(null, null);

    public bool IsEmpty => Kind is null && Parent is null;

    /// <summary>Whether the place is of the kind and belongs to the country the qualifier names.</summary>
    public bool Fits(Country place) => FitsKind(place) && (Parent is null || place.Parent == Parent.Id);

    /// <summary>The places the qualifier fits; all of them when it fits none (it never narrows to nothing).</summary>
    public IReadOnlyList<Country> Narrow(IReadOnlyList<Country> places)
    {
        var fitting = places.Where(Fits).ToList();
        return fitting.Count == 0 ? places : fitting;
    }

    // A kind fits a place of that kind or of a kind that ends with it: "territory" fits union-territory and
    // dependent-territory, "country" a country and a constituent country.
    private bool FitsKind(Country place) => Kind switch
    {
        null => true,
        CountryKind => place.Parent is null || place.Kind.EndsWith("-" + CountryKind, StringComparison.Ordinal),
        _ => place.Kind == Kind || place.Kind.EndsWith("-" + Kind, StringComparison.Ordinal),
    };
}
