using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>One place a city is a capital of, with the capital entry (its role, if any).</summary>
public readonly record struct CapitalOf(Country Place, Capital Capital);

/// <summary>
/// A capital city as the reverse question ("what is Victoria the capital of?") sees it: one written name and every
/// place of the data that has a capital of that name, countries first, then by id. Two different cities of the same
/// name (Victoria in Seychelles and in British Columbia), or of names said the same way (Basseterre and Basse-Terre),
/// are one entry: the name is all the user gives.
/// </summary>
public sealed class CapitalCity
{
    private CapitalCity(string id, IReadOnlyList<CapitalOf> places)
    {
        Id = id;
        Places = places;
        Name = places[0].Capital.Name;
    }

    /// <summary>The CAPITAL_CITY slot value id: the written name folded to lower-case ASCII words joined by '-' ("st-johns").</summary>
    public string Id { get; }

    /// <summary>The written name of the first place's capital, as shown on the card ("St. John's").</summary>
    public string Name { get; }

    public string SpokenName => Places[0].Capital.SpokenName;

    /// <summary>The written name in the locale's language (the first place's capital's), else the English one.</summary>
    public string NameFor(string locale) => Places[0].Capital.NameFor(locale);

    /// <summary>The name to speak in the locale's language, else the English spoken form.</summary>
    public string SpokenNameFor(string locale) => Places[0].Capital.SpokenNameFor(locale);

    public IReadOnlyList<CapitalOf> Places { get; }

    /// <summary>The place ids joined by '+' in ordinal order, as the invocation summary reports several places.</summary>
    public string PlaceIds => string.Join('+', Places.Select(place => place.Place.Id).Order(StringComparer.Ordinal));

    /// <summary>
    /// The names a person may say for the city: the written name, its spoken form, the written name without accents
    /// ("Brasilia") and with "St." said as "Saint"; duplicates (ignoring case) removed.
    /// </summary>
    public IReadOnlyList<string> SpokenNames()
    {
        var names = new List<string>();
        void Add(string name)
        {
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                names.Add(name);
        }
        foreach (var name in Places.SelectMany(place => place.Capital.Speech is { } speech ? [place.Capital.Name, speech] : new[] { place.Capital.Name }))
        {
            Add(name);
            Add(Folded(name));
            if (name.StartsWith("St. ", StringComparison.Ordinal))
                Add("Saint " + name[4..]);
        }
        return names;
    }

    /// <summary>
    /// The names a person speaking <paramref name="language"/> may say for the city: its names in that language and in
    /// each of its locales (es-MX "Santiago" beside "Santiago de Chile"; for a Latin-script name, also without accents)
    /// and its aliases there, then, where the language has no name of its own for a capital or
    /// writes it in Latin script, the English names (<see cref="SpokenNames()"/>); duplicates (ignoring case) removed.
    /// </summary>
    public IReadOnlyList<string> SpokenNames(string language)
    {
        if (language == "en")
            return SpokenNames();
        var names = new List<string>();
        void Add(string name)
        {
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                names.Add(name);
        }
        var english = false;
        foreach (var (_, capital) in Places)
        {
            if (capital.Names is null || !capital.Names.ContainsKey(language))
            {
                english = true;
                continue;
            }
            foreach (var (_, name) in capital.Names.EntriesIn(language))
            {
                Add(name);
                if (IsLatin(name))
                {
                    Add(Folded(name));
                    english = true;
                }
            }
            if (capital.Aliases is not null && capital.Aliases.TryGetValue(language, out var aliases))
            {
                foreach (var alias in aliases)
                    Add(alias);
            }
        }
        if (english)
        {
            foreach (var name in SpokenNames())
                Add(name);
        }
        return names;
    }

    private static bool IsLatin(string name) => name.All(c => !char.IsLetter(c) || c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');

    /// <summary>Every capital of the data grouped by written name, sorted by id.</summary>
    public static IReadOnlyList<CapitalCity> AllOf(CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Countries
            .SelectMany(place => place.Capitals.Select(capital => new CapitalOf(place, capital)))
            .GroupBy(entry => IdOf(entry.Capital.Name).Replace("-", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal)
            .Select(group => group.OrderBy(entry => entry.Place.Parent is null ? 0 : 1).ThenBy(entry => entry.Place.Id, StringComparer.Ordinal).ToList())
            .Select(places => new CapitalCity(IdOf(places[0].Capital.Name), places))
            .OrderBy(city => city.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string IdOf(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in Folded(name).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                id.Append(c);
            else if (c is not ('\'' or '\u2019') && id.Length > 0 && id[^1] != '-')
                id.Append('-');
        }
        return id.ToString().TrimEnd('-');
    }

    private static string Folded(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
            LatinFolding.Append(folded, c);
        return folded.ToString();
    }
}
