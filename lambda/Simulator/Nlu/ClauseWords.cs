using System.Text.Json;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// The words that keep a clause around a capital question from being read past (ClauseWords.&lt;language&gt;.json; see
/// <see cref="NluEngine"/>'s clause-around-question rule): <see cref="OtherFacts"/>, words that ask about or name a fact
/// other than what the capital is (population, weather, time, distance, history, hotels, flights, "how many", "when"),
/// anywhere in the clause; <see cref="PastMarkers"/>, words of a past or former state ("was", "formerly"), in the clause
/// after the question, where they make the question a statement about what the capital was. A language without the file
/// does not read clauses around a question.
/// </summary>
internal sealed class ClauseWords
{
    public static readonly ClauseWords None = new(new HashSet<string>(), new HashSet<string>());

    private ClauseWords(IReadOnlySet<string> otherFacts, IReadOnlySet<string> pastMarkers)
    {
        OtherFacts = otherFacts;
        PastMarkers = pastMarkers;
    }

    /// <summary>Words of another fact than the capital (by key).</summary>
    public IReadOnlySet<string> OtherFacts { get; }

    /// <summary>Words of a past or former state (by key).</summary>
    public IReadOnlySet<string> PastMarkers { get; }

    /// <summary>Whether the language has a file: without one, the rule does nothing.</summary>
    public bool IsEmpty => OtherFacts.Count == 0;

    public static ClauseWords For(string locale)
    {
        using var stream = LanguageDataFile.Open("ClauseWords", locale);
        return stream is null ? None : Parse(stream);
    }

    /// <summary>A clause-word file's contents.</summary>
    public static ClauseWords Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new ClauseWords(Keys(root, "otherFacts"), Keys(root, "pastMarkers"));
    }

    private static HashSet<string> Keys(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(word => Tokenizer.KeyOf(word.GetString() ?? "")).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
}
