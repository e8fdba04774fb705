using System.Collections.Concurrent;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Speech;

/// <summary>
/// What the skill says, per language and locale, as data: Speech/&lt;language&gt;.json holds every member of
/// <see cref="LocaleSpeech"/>; an optional Speech/&lt;locale&gt;.json holds only the members that differ for that locale
/// (fr-CA, es-MX, ...; a map member such as <c>roles</c> only the entries that differ). A file is read the first time a
/// request of its language needs it, so a request reads only its own language's speech.
/// </summary>
public sealed class SpeechCatalog
{
    public const string DefaultLanguage = "en";

    private const string ResourcePrefix = "WorldCapitals.Skill.Speech.";

    private readonly Func<string, Stream?> _open;

    // File names (language or locale) present, as they are spelt.
    private readonly Dictionary<string, string> _files;

    // Built on first use, per language or per locale with its own file; Lazy so two first requests build it once.
    private readonly ConcurrentDictionary<string, Lazy<LocaleSpeech>> _loaded = new(StringComparer.OrdinalIgnoreCase);

    private SpeechCatalog(IEnumerable<string> files, Func<string, Stream?> open)
    {
        _files = files.ToDictionary(file => file, file => file, StringComparer.OrdinalIgnoreCase);
        _open = open;
        if (!_files.ContainsKey(DefaultLanguage))
            throw new InvalidDataException($"No speech file for the default language: {DefaultLanguage}.json.");
    }

    /// <summary>The speech files present: languages ("en", "fr") and locales with differences ("fr-CA").</summary>
    public IReadOnlyCollection<string> Locales => _files.Keys;

    /// <summary>The speech files embedded in this assembly.</summary>
    public static SpeechCatalog LoadEmbedded()
    {
        var assembly = typeof(SpeechCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..^".json".Length]);
        return new SpeechCatalog(files, file => assembly.GetManifestResourceStream($"{ResourcePrefix}{file}.json"));
    }

    /// <summary>Speech files from elsewhere (tests): their names (language or locale) and how to open each.</summary>
    internal static SpeechCatalog Load(IEnumerable<string> files, Func<string, Stream?> open) => new(files, open);

    /// <summary>
    /// The speech of a locale: its language's file with the locale's differences; a locale of a language without a
    /// file (or no locale) gets English.
    /// </summary>
    public LocaleSpeech For(string? locale)
    {
        var language = locale is null ? DefaultLanguage : Country.Language(locale);
        if (!_files.ContainsKey(language))
            language = DefaultLanguage;
        var key = locale is not null && _files.ContainsKey(locale) && Country.Language(locale).Equals(language, StringComparison.OrdinalIgnoreCase)
            ? locale
            : language;
        return _loaded.GetOrAdd(key, static (key, state) => new Lazy<LocaleSpeech>(() => state.catalog.Load(state.language, key)), (catalog: this, language)).Value;
    }

    private LocaleSpeech Load(string language, string key)
    {
        var speech = Read(language);
        if (!key.Equals(language, StringComparison.OrdinalIgnoreCase))
            speech.Apply(Read(key));
        return speech.ToLocaleSpeech();
    }

    private SpeechFile Read(string file)
    {
        using var stream = Open(file);
        return SpeechFile.Read(StreamBytes.ReadAll(stream), $"{_files[file]}.json");
    }

    private Stream Open(string file) =>
        _open(_files[file]) ?? throw new InvalidDataException($"The speech file {_files[file]}.json cannot be read.");
}
