namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Joins the places, shared names, filler words, list words and exclusion words read from capitals.json with the languages kept in their own
/// files: every by-language member becomes a <see cref="LanguageMap{T}"/> that reads a language's file on first use.
/// </summary>
internal sealed class LanguageJoin(LanguageParts parts)
{
    public Country JoinCountry(Country own)
    {
        PlaceLanguageEntries? Place(LanguagePart part) => part.Places.GetValueOrDefault(own.Id);
        return new Country
        {
            Id = own.Id,
            Kind = own.Kind,
            Parent = own.Parent,
            ParentNames = MapOrNull(own.ParentNames, part => Place(part)?.ParentNames),
            NoCapital = own.NoCapital,
            Names = Map(own.Names, part => Place(part)?.Names),
            SentenceNames = MapOrNull(own.SentenceNames, part => Place(part)?.SentenceNames),
            Forms = MapOrNull(own.Forms, part => Place(part)?.Forms),
            Aliases = Map(own.Aliases, part => Place(part)?.Aliases),
            QualifiedNames = MapOrNull(own.QualifiedNames, part => Place(part)?.QualifiedNames),
            Nationalities = MapOrNull(own.Nationalities, part => Place(part)?.Nationalities),
            Capitals = [.. own.Capitals.Select((capital, index) => new Capital
            {
                Name = capital.Name,
                Speech = capital.Speech,
                Role = capital.Role,
                Aliases = capital.Aliases,
                Names = MapOrNull(capital.Names, part => Place(part) is { } place && index < place.CapitalNames.Count ? place.CapitalNames[index] : null),
            })],
            Note = MapOrNull(own.Note, part => Place(part)?.Note),
        };
    }

    public SharedName JoinSharedName(SharedName own) => new()
    {
        Id = own.Id,
        PlaceIds = own.PlaceIds,
        Names = Map(own.Names, part => part.SharedNames.GetValueOrDefault(own.Id)),
    };

    public IReadOnlyDictionary<string, IReadOnlyList<string>> JoinFillerWords(IReadOnlyDictionary<string, IReadOnlyList<string>> own) =>
        Map(own, part => part.FillerWords);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> JoinListWords(IReadOnlyDictionary<string, IReadOnlyList<string>> own) =>
        Map(own, part => part.ListWords);

    public IReadOnlyDictionary<string, IReadOnlyList<string>> JoinExclusionWords(IReadOnlyDictionary<string, IReadOnlyList<string>> own) =>
        Map(own, part => part.ExclusionWords);

    // A member the place does not have in capitals.json it has in no language (the generator keeps it, empty, where any language has it).
    private LanguageMap<T>? MapOrNull<T>(IReadOnlyDictionary<string, T>? own, Func<LanguagePart, IReadOnlyDictionary<string, T>?> select) =>
        own is null ? null : Map(own, select);

    private LanguageMap<T> Map<T>(IReadOnlyDictionary<string, T>? own, Func<LanguagePart, IReadOnlyDictionary<string, T>?> select) =>
        new(own, parts, select);
}
