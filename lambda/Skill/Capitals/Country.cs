namespace WorldCapitals.Skill.Capitals;

/// <summary>One entry of the capitals data: names per language, aliases, capitals with roles, an optional note.</summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-2 (XK for Kosovo); also the COUNTRY slot value id.</summary>
    public required string Id { get; init; }

    /// <summary>See <see cref="CountryKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Keyed by language (en, de, ...) and, where a region's English name differs, by locale (en-GB, ...).</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>The form used inside a sentence where it differs ("the Netherlands"), by language.</summary>
    public IReadOnlyDictionary<string, string>? SentenceNames { get; init; }

    /// <summary>Other names people say, by language; none maps to two countries.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; }

    /// <summary>Primary capital first; several for multi-capital countries, each with its role.</summary>
    public required IReadOnlyList<Capital> Capitals { get; init; }

    /// <summary>A neutral sentence spoken after the answer for disputed cases, by language.</summary>
    public IReadOnlyDictionary<string, string>? Note { get; init; }

    /// <summary>The country's name for a locale: the locale's own (en-GB), else its language's (en).</summary>
    public string NameFor(string locale) =>
        Names.TryGetValue(locale, out var name) ? name : Names.TryGetValue(Language(locale), out name) ? name : Names["en"];

    /// <summary>The name as it reads inside a sentence: "the Netherlands", "France".</summary>
    public string SentenceNameFor(string locale) =>
        SentenceNames is not null && SentenceNames.TryGetValue(Language(locale), out var name) ? name : NameFor(locale);

    public string? NoteFor(string locale) =>
        Note is not null && Note.TryGetValue(Language(locale), out var note) ? note : null;

    /// <summary>The language part of a locale: "en" for "en-GB".</summary>
    public static string Language(string locale)
    {
        var dash = locale.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? locale : locale[..dash];
    }
}

public static class CountryKinds
{
    public const string Sovereign = "sovereign";
    public const string ObserverState = "observer-state";
    public const string PartiallyRecognised = "partially-recognised";
    public const string DisputedTerritory = "disputed-territory";
}
