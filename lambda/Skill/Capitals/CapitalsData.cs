namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// The reference data embedded in the skill, loaded once per process, never changed: capitals.json (the
/// language-neutral facts and English) at start, each other language's file (languages/&lt;lang&gt;.json) on first use.
/// </summary>
public sealed class CapitalsData
{
    private static readonly Lazy<CapitalsData> EmbeddedData = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _byId;
    private readonly Dictionary<string, SharedName> _sharedById;
    private readonly LanguageParts? _languageParts;

    public CapitalsData(
        IReadOnlyList<Country> countries,
        IReadOnlyList<SharedName>? sharedNames = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fillerWords = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? wordPrefixes = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? listWords = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? exclusionWords = null)
        : this(countries, sharedNames, fillerWords, wordPrefixes, listWords, exclusionWords, languageParts: null)
    {
    }

    private CapitalsData(
        IReadOnlyList<Country> countries,
        IReadOnlyList<SharedName>? sharedNames,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fillerWords,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? wordPrefixes,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? listWords,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? exclusionWords,
        LanguageParts? languageParts)
    {
        ArgumentNullException.ThrowIfNull(countries);
        Countries = countries;
        SharedNames = sharedNames ?? [];
        FillerWords = fillerWords ?? new Dictionary<string, IReadOnlyList<string>>();
        WordPrefixes = wordPrefixes ?? new Dictionary<string, IReadOnlyList<string>>();
        ListWords = listWords ?? new Dictionary<string, IReadOnlyList<string>>();
        ExclusionWords = exclusionWords ?? new Dictionary<string, IReadOnlyList<string>>();
        _languageParts = languageParts;
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

    /// <summary>The words that join the places of a list ("and", Japanese "と"), by language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ListWords { get; }

    /// <summary>The words that exclude the place said after them ("not", German "nicht"), by language: "guinea not guinea-bissau" is Guinea.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExclusionWords { get; }

    /// <summary>
    /// The languages whose own file has been read so far, in the data's order; empty for data that holds every
    /// language in one file. English is always read (it is every language's fallback) and never listed.
    /// </summary>
    public IReadOnlyList<string> LoadedLanguages => _languageParts?.Loaded ?? [];

    /// <summary>The data embedded in this assembly.</summary>
    public static CapitalsData Embedded => EmbeddedData.Value;

    /// <summary>The country with this ISO id, case-insensitively, or null.</summary>
    public Country? FindById(string? id) =>
        id is not null && _byId.TryGetValue(id, out var country) ? country : null;

    /// <summary>The shared name with this group id ("KP+KR"), case-insensitively, or null.</summary>
    public SharedName? FindSharedNameById(string? id) =>
        id is not null && _sharedById.TryGetValue(id, out var shared) ? shared : null;

    /// <summary>Reads capitals data that holds every language in one file.</summary>
    public static CapitalsData Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var contents = CapitalsDataReader.Read(StreamBytes.ReadAll(json));
        if (contents.Languages.Count > 0)
            throw new InvalidDataException($"The capitals data keeps {string.Join(", ", contents.Languages)} in their own files, and none were given.");
        return new CapitalsData(contents.Countries, contents.SharedNames, contents.FillerWords, contents.WordPrefixes, contents.ListWords, contents.ExclusionWords);
    }

    /// <summary>
    /// The data of capitals.json's contents; the languages it lists as kept in their own files are read through
    /// <paramref name="readLanguage"/>, each on its first use.
    /// </summary>
    internal static CapitalsData Join(CapitalsDataContents contents, Func<string, LanguagePart> readLanguage)
    {
        var parts = new LanguageParts(contents.Languages, readLanguage);
        var join = new LanguageJoin(parts);
        return new CapitalsData(
            [.. contents.Countries.Select(join.JoinCountry)],
            [.. contents.SharedNames.Select(join.JoinSharedName)],
            join.JoinFillerWords(contents.FillerWords),
            contents.WordPrefixes,
            join.JoinListWords(contents.ListWords),
            join.JoinExclusionWords(contents.ExclusionWords),
            parts);
    }

    /// <summary>
    /// A new copy of the embedded data, as a new process reads it (<see cref="Embedded"/> is the one the process shares):
    /// the compact form of capitals.json (<see cref="CompactCapitalsFiles"/>), and a language's on its first use.
    /// </summary>
    internal static CapitalsData LoadEmbedded() =>
        Join(
            CompactDataReader.ReadCapitals(ReadEmbedded($"{ResourcePrefix}capitals.bin")),
            language => CompactDataReader.ReadLanguage(ReadEmbedded($"{ResourcePrefix}languages.{language}.bin"), language));

    private const string ResourcePrefix = "WorldCapitals.Skill.Capitals.";

    private static byte[] ReadEmbedded(string name)
    {
        using var stream = OpenEmbedded(name);
        return StreamBytes.ReadAll(stream);
    }

    private static Stream OpenEmbedded(string name) =>
        typeof(CapitalsData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"{name} is not embedded in the skill assembly.");
}
