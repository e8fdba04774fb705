using System.Collections.Concurrent;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Finds a capital city by its slot value id or by what the user said: any of its spoken names, with case, accents,
/// punctuation and a leading article ignored, as <see cref="CountryLookup"/> compares place names. No forgiving
/// match: a city name a slip away is often another real city.
/// </summary>
public sealed class CityLookup
{
    // Built on first use, not at start: most cold starts ask about a country, and a city's id and spoken names take
    // a pass over every capital of the data.
    private readonly Lazy<Dictionary<string, CapitalCity>> _byId;

    // One index per language, built on first use, like the place names; the data gives a capital one name for
    // every language, so the indexes differ only in how the language folds a name (its leading articles).
    private readonly ConcurrentDictionary<string, Dictionary<string, CapitalCity>> _byLanguage = new(StringComparer.Ordinal);

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
        return key.Length > 0 && IndexFor(language).TryGetValue(key, out var city) ? city : null;
    }

    private Dictionary<string, CapitalCity> IndexFor(string language) =>
        _byLanguage.GetOrAdd(language, static (language, cities) => Build(language, cities), _byId.Value.Values);

    private static Dictionary<string, CapitalCity> Build(string language, IEnumerable<CapitalCity> cities)
    {
        var index = new Dictionary<string, CapitalCity>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            foreach (var name in city.SpokenNames())
            {
                var key = SpokenName.Normalize(name, language);
                if (key.Length == 0)
                    continue;
                if (index.TryGetValue(key, out var existing) && existing != city)
                    throw new InvalidDataException($"'{name}' ({language}) names both the capital {existing.Name} and {city.Name}.");
                index[key] = city;
            }
        }
        return index;
    }
}
