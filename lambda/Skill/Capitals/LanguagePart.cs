namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// One language's own entries of the capitals data (languages/&lt;lang&gt;.json): each place's names, aliases,
/// forms, nationality words and notes and its capitals' names, the shared names' names, the filler words, the list words and the exclusion words, keyed by
/// language as in capitals.json.
/// </summary>
internal sealed record LanguagePart(
    IReadOnlyDictionary<string, PlaceLanguageEntries> Places,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> SharedNames,
    IReadOnlyDictionary<string, IReadOnlyList<string>> FillerWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ListWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ExclusionWords);

/// <summary>One place's entries in one language; <see cref="CapitalNames"/> in the order of the place's capitals.</summary>
internal sealed record PlaceLanguageEntries(
    IReadOnlyDictionary<string, string>? ParentNames,
    IReadOnlyDictionary<string, string>? Names,
    IReadOnlyDictionary<string, string>? SentenceNames,
    IReadOnlyDictionary<string, PlaceForms>? Forms,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? QualifiedNames,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Nationalities,
    IReadOnlyDictionary<string, string>? Note,
    IReadOnlyList<IReadOnlyDictionary<string, string>?> CapitalNames);
