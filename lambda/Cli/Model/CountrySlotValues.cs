using System.Globalization;
using System.Text;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>One value of the COUNTRY slot type: id (ISO code, or a shared name's group id "KP+KR"), the locale's name, what else people say.</summary>
internal sealed record CountrySlotValue(string Id, string Value, IReadOnlyList<string> Synonyms);

/// <summary>
/// Derives the COUNTRY slot values of one locale from the capitals data. The value is the locale's name; the
/// synonyms are the language's aliases, the other names of the same language (en, en-GB, ...; es, es-MX: a name one
/// locale says is understood in every locale of the language) and the sentence name ("the Netherlands"), the names
/// with their article (the data's subject forms: "la France", fr-CA "le Bélarus"), the qualified names and the
/// nationality words ("péruvien"), in that order, turned into spoken form and deduplicated case-insensitively.
/// A name several countries share ("Korea") is a value of its own whose id names the group ("KP+KR"), so that
/// Alexa resolves it to the group and the skill answers every country of it.
/// </summary>
internal static class CountrySlotValues
{
    /// <summary>Alexa refuses longer slot values and synonyms.</summary>
    public const int MaxLength = 140;

    /// <summary>Every country of the data, then every shared name the locale's language has.</summary>
    public static IReadOnlyList<CountrySlotValue> For(string locale, CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var shared = SharedNamesOf(data, Country.Language(locale));
        var english = SharedNamesOf(data, "en");
        return
        [
            .. data.Countries.OrderBy(country => country.Id, StringComparer.Ordinal).Select(country => For(locale, country, shared, english)),
            .. ForSharedNames(locale, data.SharedNames),
        ];
    }

    /// <summary>One value per shared name with a name in the locale's language: the first name is the value, the others synonyms.</summary>
    public static IEnumerable<CountrySlotValue> ForSharedNames(string locale, IEnumerable<SharedName> sharedNames)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(sharedNames);
        var language = Country.Language(locale);
        foreach (var shared in sharedNames.OrderBy(shared => shared.Id, StringComparer.Ordinal))
        {
            if (!shared.Names.TryGetValue(language, out var names))
                continue;
            var spoken = names.SelectMany(SpokenForms).Where(form => form.Length <= MaxLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (spoken.Count > 0)
                yield return new CountrySlotValue(shared.Id, spoken[0], spoken[1..]);
        }
    }

    public static IReadOnlyList<CountrySlotValue> For(string locale, IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(countries);
        return countries
            .OrderBy(country => country.Id, StringComparer.Ordinal)
            .Select(country => For(locale, country))
            .ToList();
    }

    public static CountrySlotValue For(string locale, Country country) => For(locale, country, new HashSet<string>());

    /// <summary>
    /// <paramref name="sharedNames"/>: the language's shared names ("Georgia"), which are values of their group and so
    /// never a value or synonym of a place; a place whose own name is one ("Georgia", the US state) has its first
    /// qualified name as its value ("the state of Georgia"). A name that is not speakable ("Washington, D.C.") gives
    /// way to the first speakable one.
    /// </summary>
    /// <param name="englishSharedNames">English's shared names, kept out of the English names a language without its own
    /// speakable name for the place falls back to.</param>
    public static CountrySlotValue For(string locale, Country country, IReadOnlySet<string> sharedNames, IReadOnlySet<string>? englishSharedNames = null)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(sharedNames);
        var spokenNames = SpokenNames(country, locale, sharedNames);
        // A language the data does not name the place in (or names it only by a shared name) says it as the skill does:
        // by its English names.
        if (spokenNames.Count == 0 && Country.Language(locale) != "en")
            spokenNames = SpokenNames(country, "en", new HashSet<string>(sharedNames.Concat(englishSharedNames ?? new HashSet<string>()), StringComparer.OrdinalIgnoreCase));
        if (spokenNames.Count == 0)
            throw new InvalidDataException($"{country.Id} has no speakable name in {locale} that is its own.");

        return new CountrySlotValue(country.Id, spokenNames[0], spokenNames[1..]);
    }

    private static HashSet<string> SharedNamesOf(CapitalsData data, string language) => new(
        data.SharedNames.SelectMany(name => name.Names.TryGetValue(language, out var names) ? names : []),
        StringComparer.OrdinalIgnoreCase);

    private static List<string> SpokenNames(Country country, string locale, IReadOnlySet<string> sharedNames)
    {
        var language = Country.Language(locale);
        var candidates = new List<string> { country.NameFor(locale) };
        if (country.Aliases.TryGetValue(language, out var aliases))
            candidates.AddRange(aliases);
        candidates.AddRange(country.Names
            .Where(name => name.Key == language || name.Key.StartsWith(language + "-", StringComparison.Ordinal))
            .OrderBy(name => name.Key, StringComparer.Ordinal)
            .Select(name => name.Value));
        if (country.SentenceNames is not null && country.SentenceNames.TryGetValue(language, out var sentenceName))
            candidates.Add(sentenceName);
        // The name with its article, as said after a plain preposition ("de la France", "de l'Italie", "de los Países Bajos");
        // not for a shared name ("la Géorgie" is the country and the US state alike).
        if (country.Forms is not null && !sharedNames.Contains(country.NameFor(locale)))
        {
            candidates.AddRange(country.Forms
                .Where(forms => forms.Key == language || forms.Key.StartsWith(language + "-", StringComparison.Ordinal))
                .OrderBy(forms => forms.Key, StringComparer.Ordinal)
                .Select(forms => forms.Value.Subject));
        }
        if (country.QualifiedNames is not null && country.QualifiedNames.TryGetValue(language, out var qualifiedNames))
            candidates.AddRange(qualifiedNames);
        if (country.Nationalities is not null && country.Nationalities.TryGetValue(language, out var nationalities))
            candidates.AddRange(nationalities);

        var seen = new HashSet<string>(sharedNames, StringComparer.OrdinalIgnoreCase);
        var spokenNames = new List<string>();
        foreach (var spoken in candidates.SelectMany(SpokenForms))
        {
            if (spoken.Length <= MaxLength && seen.Add(spoken))
                spokenNames.Add(spoken);
        }
        return spokenNames;
    }

    /// <summary>
    /// The forms of a written name a person can say: "&amp;" becomes "and"; a typographic apostrophe also gets its
    /// plain twin; names with other symbols ("Congo (DRC)") are not speakable and yield nothing.
    /// </summary>
    internal static IEnumerable<string> SpokenForms(string written)
    {
        var spoken = CollapseSpaces(WrittenMarksSpoken(written).Replace("&", " and ", StringComparison.Ordinal));
        if (!IsSpeakable(spoken))
            yield break;
        yield return spoken;
        if (spoken.Contains('\u2019', StringComparison.Ordinal))
            yield return spoken.Replace('\u2019', '\'');
    }

    // Marks that only write a name: the Japanese middle dot and double hyphen between the parts of a foreign name
    // ("ウォリス・フツナ", "サン＝ドニ") are not said; the Devanagari abbreviation sign is a period; a dash a pause.
    private static string WrittenMarksSpoken(string written) => written
        .Replace("\u30FB", "", StringComparison.Ordinal)
        .Replace("\uFF1D", "", StringComparison.Ordinal)
        .Replace("\u30A0", "", StringComparison.Ordinal)
        .Replace('\u0970', '.')
        .Replace('\u2013', ' ');

    /// <summary>Letters (with their accents), spaces, apostrophes, periods and hyphens only.</summary>
    public static bool IsSpeakable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text.All(character =>
            char.IsLetter(character)
            || CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || character is ' ' or '\'' or '\u2019' or '.' or '-');
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(word);
        }

        return builder.ToString();
    }
}
