using System.Collections.Concurrent;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Finds a capital city by its slot value id or by what the user said: any of its spoken names in the locale's
/// language (<see cref="CapitalCity.SpokenNames(string)"/>), with case, accents, punctuation and a leading article
/// ignored, as <see cref="CountryLookup"/> compares place names. No forgiving match: a city name a slip away is often
/// another real city. A name two cities share in a language means neither (the skill never guesses).
/// </summary>
public sealed class CityLookup
{
    // Built on first use, not at start: most cold starts ask about a country, and a city's id and spoken names take
    // a pass over every capital of the data.
    private readonly Lazy<Dictionary<string, CapitalCity>> _byId;

    // One index per language, built on first use: a request touches only its own language's names.
    private readonly ConcurrentDictionary<string, Lazy<CityIndex>> _byLanguage = new(StringComparer.Ordinal);

    public CityLookup(CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _byId = new(() => CapitalCity.AllOf(data).ToDictionary(city => city.Id, StringComparer.Ordinal));
    }

    public IReadOnlyCollection<CapitalCity> Cities => _byId.Value.Values;

    public CapitalCity? FindById(string? id) => id is not null && _byId.Value.TryGetValue(id, out var city) ? city : null;

    public CapitalCity? FindBySpokenName(string? spoken, string locale)
    {
        if (string.IsNullOrWhiteSpace(spoken))
            return null;
        var language = Country.Language(locale);
        var key = SpokenName.Normalize(spoken, language);
        return key.Length > 0 && IndexFor(language).Names.TryGetValue(key, out var city) ? city : null;
    }

    /// <summary>The names of the language that two cities share and so find neither; empty for clean data.</summary>
    public IReadOnlyCollection<string> AmbiguousNames(string language) => IndexFor(language).Ambiguous;

    private CityIndex IndexFor(string language) =>
        _byLanguage.GetOrAdd(language, static (language, cities) => new Lazy<CityIndex>(() => Build(language, cities)), _byId.Value.Values).Value;

    private static CityIndex Build(string language, IEnumerable<CapitalCity> cities)
    {
        var index = new Dictionary<string, CapitalCity>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            foreach (var name in city.SpokenNames(language))
            {
                var key = SpokenName.Normalize(name, language);
                if (key.Length == 0 || ambiguous.Contains(key))
                    continue;
                if (index.TryGetValue(key, out var existing) && existing != city)
                {
                    index.Remove(key);
                    ambiguous.Add(key);
                    continue;
                }
                index[key] = city;
            }
        }
        return new CityIndex(index, ambiguous);
    }

    private sealed record CityIndex(Dictionary<string, CapitalCity> Names, HashSet<string> Ambiguous);
}
