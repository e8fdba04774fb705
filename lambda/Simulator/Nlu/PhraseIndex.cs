namespace WorldCapitals.Simulator.Nlu;

/// <summary>The phrases of a lexicon list (each as its words' keys) filed by one of their words, in the list's order: an
/// utterance looks up only the phrases that may begin (or end) at each of its words, not the whole list at every word.
/// Japanese has hundreds of sentence endings and fillers, and the clause rules read hundreds of parts of one utterance.</summary>
internal sealed class PhraseIndex(IReadOnlyList<string[]> phrases, Func<string[], string> filedBy)
{
    private readonly Dictionary<string, string[][]> _phrases = phrases
        .GroupBy(filedBy, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>The phrases filed by this word, in the list's order; none when no phrase is.</summary>
    public IReadOnlyList<string[]> FiledBy(string word) => _phrases.TryGetValue(word, out var filed) ? filed : [];
}
