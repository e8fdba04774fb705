namespace WorldCapitals.Skill.Capitals;

/// <summary>The reference data embedded in the skill (capitals.json), loaded once per process, never changed.</summary>
public sealed class CapitalsData
{
    private static readonly Lazy<CapitalsData> EmbeddedData = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _byId;
    private readonly Dictionary<string, SharedName> _sharedById;

    public CapitalsData(
        IReadOnlyList<Country> countries,
        IReadOnlyList<SharedName>? sharedNames = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fillerWords = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? wordPrefixes = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        Countries = countries;
        SharedNames = sharedNames ?? [];
        FillerWords = fillerWords ?? new Dictionary<string, IReadOnlyList<string>>();
        WordPrefixes = wordPrefixes ?? new Dictionary<string, IReadOnlyList<string>>();
        _byId = countries.ToDictionary(country => country.Id, StringComparer.OrdinalIgnoreCase);
        _sharedById = SharedNames.ToDictionary(shared => shared.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var shared in SharedNames)
        {
            if (shared.PlaceIds.Count < 2 || shared.PlaceIds.Any(id => !_byId.ContainsKey(id)) || shared.Id != SharedName.IdOf(shared.PlaceIds))
                throw new InvalidDataException($"Shared name {shared.Id} must name two or more known places, and its id must be their ids joined by '+'.");
        }
    }

    /// <summary>Every country, sorted by id.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Names that mean several places ("Korea"), sorted by id.</summary>
    public IReadOnlyList<SharedName> SharedNames { get; }

    /// <summary>Words people say around a place name ("um", "please", "the capital of"), by language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FillerWords { get; }

    /// <summary>Words a language writes joined to the next word that say nothing about the place (Arabic "و", "and"), by language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WordPrefixes { get; }

    /// <summary>The data embedded in this assembly.</summary>
    public static CapitalsData Embedded => EmbeddedData.Value;

    /// <summary>The country with this ISO id, case-insensitively, or null.</summary>
    public Country? FindById(string? id) =>
        id is not null && _byId.TryGetValue(id, out var country) ? country : null;

    /// <summary>The shared name with this group id ("KP+KR"), case-insensitively, or null.</summary>
    public SharedName? FindSharedNameById(string? id) =>
        id is not null && _sharedById.TryGetValue(id, out var shared) ? shared : null;

    public static CapitalsData Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var contents = CapitalsDataReader.Read(ReadAll(json));
        return new CapitalsData(contents.Countries, contents.SharedNames, contents.FillerWords, contents.WordPrefixes);
    }

    // The embedded resource knows its length: one array of that size, not a copy that doubles as it grows (the
    // doubling left about twice the data's size of large-object garbage behind at every cold start).
    private static byte[] ReadAll(Stream json)
    {
        if (!json.CanSeek)
        {
            using var buffer = new MemoryStream();
            json.CopyTo(buffer);
            return buffer.ToArray();
        }
        var bytes = new byte[json.Length - json.Position];
        json.ReadExactly(bytes);
        return bytes;
    }

    private static CapitalsData LoadEmbedded()
    {
        using var stream = typeof(CapitalsData).Assembly.GetManifestResourceStream("WorldCapitals.Skill.Capitals.capitals.json")
            ?? throw new InvalidDataException("capitals.json is not embedded in the skill assembly.");
        return Parse(stream);
    }
}
