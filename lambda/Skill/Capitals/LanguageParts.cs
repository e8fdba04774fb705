namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// The languages whose entries live in their own file, each read on its first use (once per process, thread-safe),
/// so that a start reads only the language-neutral data, English and the language of the request.
/// </summary>
internal sealed class LanguageParts
{
    private readonly Dictionary<string, Lazy<LanguagePart>> _parts;

    public LanguageParts(IReadOnlyList<string> languages, Func<string, LanguagePart> load)
    {
        Languages = languages;
        _parts = languages.ToDictionary(language => language, language => new Lazy<LanguagePart>(() => load(language)), StringComparer.Ordinal);
    }

    /// <summary>The languages with their own file, in the data's order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The languages whose file has been read so far.</summary>
    public IReadOnlyList<string> Loaded => [.. Languages.Where(language => _parts[language].IsValueCreated)];

    /// <summary>The language's entries, read on first use; null for a language without its own file.</summary>
    public LanguagePart? Get(string language) =>
        _parts.TryGetValue(language, out var part) ? part.Value : null;
}
