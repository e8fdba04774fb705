namespace WorldCapitals.Skill.Capitals;

/// <summary>The reference data embedded in the skill (capitals.json), loaded once per process, never changed.</summary>
public sealed class CapitalsData
{
    private static readonly Lazy<CapitalsData> EmbeddedData = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _byId;

    public CapitalsData(IReadOnlyList<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        Countries = countries;
        _byId = countries.ToDictionary(country => country.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every country, sorted by id.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The data embedded in this assembly.</summary>
    public static CapitalsData Embedded => EmbeddedData.Value;

    /// <summary>The country with this ISO id, case-insensitively, or null.</summary>
    public Country? FindById(string? id) =>
        id is not null && _byId.TryGetValue(id, out var country) ? country : null;

    public static CapitalsData Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return new CapitalsData(CapitalsDataReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static CapitalsData LoadEmbedded()
    {
        using var stream = typeof(CapitalsData).Assembly.GetManifestResourceStream("WorldCapitals.Skill.Capitals.capitals.json")
            ?? throw new InvalidDataException("capitals.json is not embedded in the skill assembly.");
        return Parse(stream);
    }
}
