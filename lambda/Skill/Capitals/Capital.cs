namespace WorldCapitals.Skill.Capitals;

public sealed class Capital
{
    /// <summary>The written English form, as shown on the card ("Washington, D.C."); every language without its own name uses it.</summary>
    public required string Name { get; init; }

    /// <summary>The form to speak where the written English one reads badly; null means <see cref="Name"/>.</summary>
    public string? Speech { get; init; }

    /// <summary>The capital's name in the other languages (de, fr, ..., ar), by language, and by locale where a locale names
    /// it otherwise (es-MX "Santiago" beside es "Santiago de Chile"); English is <see cref="Name"/>.</summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>Other everyday names of the capital, by language (Hindi "वारसॉ" beside "वॉरसॉ"); null when it has none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Aliases { get; init; }

    /// <summary>A role key (executive, legislative, ...) for multi-capital countries and qualified capitals.</summary>
    public string? Role { get; init; }

    public string SpokenName => Speech ?? Name;

    /// <summary>The written name in the locale (its own, else its language's), else the English one.</summary>
    public string NameFor(string locale) => OwnName(locale) ?? Name;

    /// <summary>The name to speak in the locale's language: its own name, else (also where it is written as in English)
    /// the English spoken form ("Washington D.C." for "Washington, D.C.").</summary>
    public string SpokenNameFor(string locale) => OwnName(locale) is { } own && own != Name ? own : SpokenName;

    /// <summary>
    /// This capital with the other languages' names of the capital of the same English name among <paramref name="known"/>
    /// (a directory's copy of a capital carries only its English name); itself when none is the same.
    /// </summary>
    public Capital WithNamesOf(IEnumerable<Capital> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (Names is not null)
            return this;
        var same = known.FirstOrDefault(capital => capital.Name == Name && capital.Names is not null);
        return same is null ? this : new Capital { Name = Name, Speech = Speech, Role = Role, Names = same.Names, Aliases = same.Aliases };
    }

    // English is Name (and Speech) itself.
    private string? OwnName(string locale)
    {
        var language = Country.Language(locale);
        return language != "en" && Names is not null && (Names.TryGetValue(locale, out var name) || Names.TryGetValue(language, out name)) ? name : null;
    }
}
