namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// An utterance prepared for matching: its tokens as typed, and its words as the matcher compares them, each
/// token's key replaced by the words of its variant ("whats" -> "what", "is") and classified by the lexicon.
/// </summary>
internal sealed class UtteranceWords
{
    public UtteranceWords(IReadOnlyList<Token> tokens, string text, NluLexicon lexicon)
    {
        Tokens = tokens;
        Text = text;
        var words = new List<Word>(tokens.Count);
        for (var index = 0; index < tokens.Count; index++)
        {
            var expansion = lexicon.Expand(tokens[index].Key);
            for (var part = 0; part < expansion.Count; part++)
                words.Add(new Word(expansion[part], lexicon.KindOf(expansion[part]), index, part == 0, part == expansion.Count - 1));
        }
        Words = words.ToArray();
        Keys = words.Select(word => word.Key).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The text the tokens' offsets point into.</summary>
    public string Text { get; }

    public Word[] Words { get; }

    /// <summary>The words' keys, each once.</summary>
    public HashSet<string> Keys { get; }
}

/// <summary>A word to compare: its key, its kind, the token it comes from, and whether it starts or ends that
/// token (a slot value starts and ends on token boundaries, so it is always words that were said).</summary>
internal readonly record struct Word(string Key, WordKind Kind, int Token, bool StartsToken, bool EndsToken);
