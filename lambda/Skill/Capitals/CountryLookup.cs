using System.Collections.Concurrent;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Finds a country from what the user said: an exact name or alias (case, accents, punctuation and a leading
/// article ignored), else a forgiving match for a small speech-recognition slip. It never guesses: text that
/// is exactly some country's name or alias always means that country, and a slip that is as close to two
/// countries as to one gives no answer.
/// </summary>
public sealed class CountryLookup
{
    private readonly CapitalsData _data;

    // One index per language, built on first use: a Lambda's cold start pays only for the language it serves.
    private readonly ConcurrentDictionary<string, LanguageIndex> _byLanguage = new(StringComparer.Ordinal);

    public CountryLookup(CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
    }

    public Country? FindById(string? id) => _data.FindById(id);

    /// <summary>The country whose name or alias, in the locale's language, the spoken text is; else a close slip of one.</summary>
    public LookupResult FindBySpokenName(string? spoken, string locale)
    {
        if (string.IsNullOrWhiteSpace(spoken))
            return LookupResult.NotFound;
        var language = Country.Language(locale);
        var index = IndexFor(language);
        if (index.Names.Count == 0)
        {
            language = "en";
            index = IndexFor(language);
        }
        var key = SpokenName.Normalize(spoken, language);
        if (key.Length == 0)
            return LookupResult.NotFound;
        if (index.Names.TryGetValue(key, out var exact))
            return new LookupResult(exact, LookupMatch.Exact);
        return ForgivingMatch(key, index);
    }

    private static LookupResult ForgivingMatch(string key, LanguageIndex index)
    {
        var allowed = AllowedEdits(key.Length);
        if (allowed == 0)
            return LookupResult.NotFound;

        var letters = LetterCounts.Of(key);
        Country? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var (candidate, country, candidateLetters) in index.Entries)
        {
            var limit = Math.Min(allowed, bestDistance);
            if (Math.Abs(candidate.Length - key.Length) > limit || letters.MinimumDistance(candidateLetters) > limit)
                continue;
            var distance = EditDistance.Compute(key, candidate, limit);
            if (distance > allowed || distance > bestDistance)
                continue;
            if (distance < bestDistance)
            {
                (best, bestDistance, tied) = (country, distance, false);
            }
            else if (!ReferenceEquals(country, best))
            {
                tied = true;
            }
        }
        return best is null || tied ? LookupResult.NotFound : new LookupResult(best, LookupMatch.Forgiving);
    }

    // Short names are too easily another word: "iran"/"iraq", "mali"/"malta". Longer ones tolerate more.
    private static int AllowedEdits(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    private LanguageIndex IndexFor(string language) =>
        _byLanguage.GetOrAdd(language, static (language, countries) => new LanguageIndex(BuildIndex(language, countries)), _data.Countries);

    private static Dictionary<string, Country> BuildIndex(string language, IReadOnlyList<Country> countries)
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var (nameKey, name) in country.Names)
            {
                if (Country.Language(nameKey) == language)
                    Add(index, language, name, country);
            }
            if (country.Aliases.TryGetValue(language, out var aliases))
            {
                foreach (var alias in aliases)
                    Add(index, language, alias, country);
            }
            if (country.SentenceNames is not null && country.SentenceNames.TryGetValue(language, out var sentenceName))
                Add(index, language, sentenceName, country);
        }
        return index;
    }

    private static void Add(Dictionary<string, Country> index, string language, string name, Country country)
    {
        var key = SpokenName.Normalize(name, language);
        if (key.Length == 0)
            return;
        if (index.TryGetValue(key, out var existing) && !ReferenceEquals(existing, country))
        {
            // A name a country shares with a part of another country ("Georgia") means the country; the data lists
            // every such name under sharedNames. Two countries, or two parts, never share one.
            if ((existing.Parent is null) == (country.Parent is null))
                throw new InvalidDataException($"'{name}' ({language}) names both {existing.Id} and {country.Id}.");
            if (existing.Parent is null)
                return;
        }
        index[key] = country;
    }
}

/// <summary>One language's names and aliases: by key for the exact match, and as a list with letter counts for the forgiving one.</summary>
internal sealed class LanguageIndex(Dictionary<string, Country> names)
{
    public Dictionary<string, Country> Names { get; } = names;

    public (string Key, Country Country, LetterCounts Letters)[] Entries { get; } =
        [.. names.Select(entry => (entry.Key, entry.Value, LetterCounts.Of(entry.Key)))];
}

public enum LookupMatch
{
    None,
    Exact,
    Forgiving,
}

public readonly record struct LookupResult(Country? Country, LookupMatch Match)
{
    public static LookupResult NotFound => new(null, LookupMatch.None);
}
