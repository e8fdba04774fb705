namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// An utterance prepared for matching: its tokens as typed, and its words as the matcher compares them, each
/// token's key replaced by the words of its variant ("whats" -> "what", "is") and classified by the lexicon.
/// </summary>
internal sealed class UtteranceWords
{
    /// <param name="wordIds">The number of every word the samples use (<see cref="SamplePart.WordId"/>).</param>
    public UtteranceWords(IReadOnlyList<Token> tokens, string text, NluLexicon lexicon, IReadOnlyDictionary<string, int> wordIds)
    {
        Tokens = tokens;
        Text = text;
        var words = new List<Word>(tokens.Count);
        for (var index = 0; index < tokens.Count; index++)
        {
            var expansion = lexicon.Expand(tokens[index].Key);
            for (var part = 0; part < expansion.Count; part++)
            {
                var key = expansion[part];
                words.Add(new Word(key, wordIds.TryGetValue(key, out var id) ? id : -1, lexicon.KindOf(key), index, part == 0, part == expansion.Count - 1));
            }
        }
        MarkFillerPhrases(words, lexicon.FillerPhrases);
        Words = words.ToArray();
        Present = new bool[wordIds.Count];
        foreach (var word in words.Where(word => word.Id >= 0))
            Present[word.Id] = true;
    }

    // Every word of a filler phrase said in full is a filler ("あの" before "ベルギー").
    private static void MarkFillerPhrases(List<Word> words, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                var said = true;
                for (var i = 0; i < phrase.Length && said; i++)
                    said = words[start + i].Key == phrase[i];
                if (!said)
                    continue;
                for (var i = 0; i < phrase.Length; i++)
                    words[start + i] = words[start + i] with { Kind = WordKind.Filler };
            }
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The text the tokens' offsets point into.</summary>
    public string Text { get; }

    public Word[] Words { get; }

    /// <summary>Which of the samples' words (by <see cref="SamplePart.WordId"/>) the utterance has.</summary>
    public bool[] Present { get; }
}

/// <summary>A word to compare: its key, its number among the samples' words (-1 when no sample has it), its kind,
/// the token it comes from, and whether it starts or ends that token (a slot value starts and ends on token
/// boundaries, so it is always words that were said).</summary>
internal readonly record struct Word(string Key, int Id, WordKind Kind, int Token, bool StartsToken, bool EndsToken);
