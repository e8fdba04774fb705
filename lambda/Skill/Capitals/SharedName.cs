namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// A name that means several places ("Korea": South Korea and North Korea). The skill answers every place in one
/// sentence, in <see cref="PlaceIds"/> order, and never guesses between them.
/// </summary>
public sealed class SharedName
{
    /// <summary>The place ids in ordinal order joined by '+' ("KP+KR"); also the COUNTRY slot value id of the name.</summary>
    public required string Id { get; init; }

    /// <summary>The places the name means, in the order the answer names them.</summary>
    public required IReadOnlyList<string> PlaceIds { get; init; }

    /// <summary>The shared name and its other forms, by language ("Korea").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; }

    /// <summary>The id of a group of places: their ids in ordinal order, joined by '+'.</summary>
    public static string IdOf(IEnumerable<string> placeIds) => string.Join('+', placeIds.Order(StringComparer.Ordinal));

    /// <summary>The name as the locale's language says it, else the English one.</summary>
    public string NameFor(string locale) =>
        Names.TryGetValue(Country.Language(locale), out var names) && names.Count > 0 ? names[0] : Names["en"][0];
}
