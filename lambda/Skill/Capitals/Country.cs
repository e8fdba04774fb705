namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// One place of the capitals data (a country, a territory or a subdivision): names per language, aliases, capitals
/// with roles, an optional note, and for places that belong to a country, that country's id.
/// </summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-2 (XK for Kosovo) or ISO 3166-2 (US-CA, GB-SCT); also the COUNTRY slot value id.</summary>
    public required string Id { get; init; }

    /// <summary>See <see cref="CountryKinds"/> for countries; other places have kinds such as state or dependent-territory.</summary>
    public required string Kind { get; init; }

    /// <summary>The id of the country the place belongs to (US for US-CA, DK for GL); null for countries.</summary>
    public string? Parent { get; init; }

    /// <summary>How the parent is named in this place's description where its own name is not right ("the Kingdom of Denmark"), by language.</summary>
    public IReadOnlyDictionary<string, string>? ParentNames { get; init; }

    /// <summary>Keyed by language (en, de, ...) and, where a region's English name differs, by locale (en-GB, ...).</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>The form used inside a sentence where it differs ("the Netherlands"), by language.</summary>
    public IReadOnlyDictionary<string, string>? SentenceNames { get; init; }

    /// <summary>The name with its article and preposition, by language (de, fr, es, it, pt, nl); null or a missing language means the bare name.</summary>
    public IReadOnlyDictionary<string, PlaceForms>? Forms { get; init; }

    /// <summary>Other names people say, by language; none maps to two countries.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; }

    /// <summary>Names that pick this place among the places of a shared name ("the state of Georgia"), by language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? QualifiedNames { get; init; }

    /// <summary>
    /// The words that say someone or something is of this place ("péruvien", "peruanas"), by language, every form the
    /// language inflects; none names another place. The interaction models make them synonyms of the place, so Alexa
    /// resolves them to its id; the skill's own lookup leaves them out, as a nationality word inside a longer value
    /// ("taïwan en français") says something about the words around it, not the place asked for.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Nationalities { get; init; }

    /// <summary>Primary capital first; several for multi-capital countries, each with its role; empty when <see cref="NoCapital"/> is set.</summary>
    public required IReadOnlyList<Capital> Capitals { get; init; }

    /// <summary>Why the place has no capital (national-capital, city-territory, uninhabited, antarctica); null when it has one.</summary>
    public string? NoCapital { get; init; }

    /// <summary>A neutral sentence spoken after the answer for disputed cases, by language.</summary>
    public IReadOnlyDictionary<string, string>? Note { get; init; }

    /// <summary>The country's name for a locale: the locale's own (en-GB), else its language's (en).</summary>
    public string NameFor(string locale) =>
        Names.TryGetValue(locale, out var name) ? name : Names.TryGetValue(Language(locale), out name) ? name : Names["en"];

    /// <summary>The name as it reads inside a sentence: "the Netherlands", "France".</summary>
    public string SentenceNameFor(string locale) =>
        SentenceNames is not null && SentenceNames.TryGetValue(Language(locale), out var name) ? name : NameFor(locale);

    /// <summary>
    /// The name and its forms in the locale: the locale's own forms where it names the place otherwise (es-MX "de Arabia
    /// Saudita"), else the language's; without forms in the data, both forms are the sentence name.
    /// </summary>
    public PlaceName PlaceNameFor(string locale)
    {
        var name = SentenceNameFor(locale);
        return Forms is not null && (Forms.TryGetValue(locale, out var forms) || Forms.TryGetValue(Language(locale), out forms))
            ? new PlaceName(name, forms.Of, forms.Subject)
            : PlaceName.Bare(name);
    }

    /// <summary>The parent's name inside this place's description, where the data gives one for the locale's language.</summary>
    public string? ParentNameFor(string locale) =>
        ParentNames is not null && ParentNames.TryGetValue(Language(locale), out var name) ? name : null;

    public string? NoteFor(string locale) =>
        Note is not null && Note.TryGetValue(Language(locale), out var note) ? note : null;

    /// <summary>The language part of a locale: "en" for "en-GB".</summary>
    public static string Language(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        // Nearly every locale is a two-letter language and a region ("en-US"): its dash is found without a search.
        var dash = locale.Length > 2 && locale[2] == '-' ? 2 : locale.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
            return locale;
        // A request asks for its language many times: a common one comes back without a new string each time.
        var language = locale.AsSpan(0, dash);
        foreach (var common in CommonLanguages)
        {
            if (language.SequenceEqual(common))
                return common;
        }
        return locale[..dash];
    }

    // Only spares allocations: any other language is read the same way.
    private static readonly string[] CommonLanguages = ["en", "de", "fr", "es", "it", "pt", "nl", "ja", "hi", "ar"];
}

/// <summary>A place's name as a sentence says it (<see cref="Name"/>), with its forms (<see cref="PlaceForms"/>).</summary>
public readonly record struct PlaceName(string Name, string Of, string Subject)
{
    /// <summary>A name without forms: the name itself in every position.</summary>
    public static PlaceName Bare(string name) => new(name, name, name);
}

public static class CountryKinds
{
    public const string Sovereign = "sovereign";
    public const string ObserverState = "observer-state";
    public const string PartiallyRecognised = "partially-recognised";
    public const string DisputedTerritory = "disputed-territory";
}
