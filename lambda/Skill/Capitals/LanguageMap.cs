using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// A by-language member of the data (a place's names, a capital's names, ...): the entries read at start (English)
/// joined with the other languages' entries, each read from its language's file when a key of that language is
/// first asked for. Enumerating reads every language; <see cref="EntriesIn"/> reads only the one asked for.
/// </summary>
internal sealed class LanguageMap<T>(
    IReadOnlyDictionary<string, T>? own,
    LanguageParts parts,
    Func<LanguagePart, IReadOnlyDictionary<string, T>?> select) : IReadOnlyDictionary<string, T>
{
    private readonly IReadOnlyDictionary<string, T> _own = own ?? new Dictionary<string, T>(StringComparer.Ordinal);

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");

    public IEnumerable<string> Keys => this.Select(entry => entry.Key);

    public IEnumerable<T> Values => this.Select(entry => entry.Value);

    public int Count
    {
        get
        {
            var count = 0;
            using var entries = GetEnumerator();
            while (entries.MoveNext())
                count++;
            return count;
        }
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_own.TryGetValue(key, out value))
            return true;
        value = default;
        return OfLanguage(Country.Language(key)) is { } entries && entries.TryGetValue(key, out value);
    }

    /// <summary>The entries whose key is the language or one of its locales ("en", "en-GB"), reading no other language.</summary>
    public IEnumerable<KeyValuePair<string, T>> EntriesIn(string language) =>
        _own.Concat(EntriesOfLanguage(language)).Where(entry => Country.Language(entry.Key) == language);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() =>
        _own.Concat(parts.Languages.SelectMany(EntriesOfLanguage)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<KeyValuePair<string, T>> EntriesOfLanguage(string language) =>
        OfLanguage(language) ?? Enumerable.Empty<KeyValuePair<string, T>>();

    private IReadOnlyDictionary<string, T>? OfLanguage(string language) =>
        parts.Get(language) is { } part ? select(part) : null;
}

internal static class LanguageMaps
{
    /// <summary>The entries of <paramref name="map"/> in the language (keys "en", "en-GB" for "en"), reading no other language's file.</summary>
    public static IEnumerable<KeyValuePair<string, T>> EntriesIn<T>(this IReadOnlyDictionary<string, T> map, string language) =>
        map is LanguageMap<T> joined ? joined.EntriesIn(language) : map.Where(entry => Country.Language(entry.Key) == language);
}
