namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Self-corrections: a speaker abandons what they began and starts again, and the abandoned words carry no meaning
/// (they become fillers, free to leave out, as a statistical NLU learns to skip them). Two rules, both requiring the
/// restart to be visible in the words, so nothing is dropped on a guess:
/// <list type="bullet">
/// <item>A repair phrase of the language ("i mean", "no wait", "sorry": the lexicon's <c>repairs</c>) followed by a
/// word said before it: everything from that word's last earlier saying to the end of the repair phrase is abandoned
/// ("what's the capital city i mean the capital of nigeria" keeps "what's the capital of nigeria"). A repair phrase
/// whose next word was not said before it changes nothing ("what's the capital of spain i mean portugal" names two
/// places, and the slot keeps both). Where a language contracts a preposition with the article of the name after it
/// (French "du", "des"; Italian "della", "dell'"; Portuguese "do", "das": the lexicon's <c>prepositionForms</c>), each form
/// of the preposition counts as the same word, since the restart takes the article of the new name ("la capitale du
/// koweït non pardon de la colombie" keeps "la capitale de la colombie").</item>
/// <item>A restart after a cut-off word, without a repair phrase: two or more words said again, the first saying's last
/// word a beginning (two letters or more) of the second's ("what is the cap the capital of peru").</item>
/// </list>
/// </summary>
internal sealed class SpeechRepairs(IReadOnlyList<string[]> phrases, IReadOnlyList<string[]>? prepositionForms = null)
{
    public static SpeechRepairs None { get; } = new([]);

    // Each form of a preposition (by key) to its first form: the word a restart is compared by.
    private readonly Dictionary<string, string> _prepositions = (prepositionForms ?? [])
        .SelectMany(forms => forms.Select(form => (form, first: forms[0])))
        .GroupBy(pair => pair.form, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().first, StringComparer.Ordinal);

    /// <summary>Each phrase as its words' keys (variants expanded).</summary>
    public IReadOnlyList<string[]> Phrases { get; } = phrases;

    /// <summary>Marks the abandoned words of <paramref name="words"/> as fillers.</summary>
    public void MarkAbandoned(Word[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var phrase in Phrases)
        {
            for (var start = 1; start + phrase.Length < words.Length; start++)
            {
                if (!SaidAt(words, phrase, start))
                    continue;
                var restart = SameWordKey(words[start + phrase.Length].Key);
                var from = Array.FindLastIndex(words, start - 1, start, word => SameWordKey(word.Key) == restart);
                if (from >= 0)
                    MarkFillers(words, from, start + phrase.Length);
            }
        }
        MarkCutOffRestarts(words);
    }

    private string SameWordKey(string key) => _prepositions.GetValueOrDefault(key, key);

    private const int MinCutOffLength = 2;

    private static void MarkCutOffRestarts(Word[] words)
    {
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 2; start + 2 * length <= words.Length; length++)
            {
                if (IsCutOffRestart(words, start, length))
                {
                    MarkFillers(words, start, start + length);
                    break;
                }
            }
        }
    }

    private static bool IsCutOffRestart(Word[] words, int start, int length)
    {
        for (var offset = 0; offset < length - 1; offset++)
        {
            if (words[start + offset].Key != words[start + length + offset].Key)
                return false;
        }
        var (cut, whole) = (words[start + length - 1].Key, words[start + 2 * length - 1].Key);
        return cut.Length >= MinCutOffLength && cut.Length < whole.Length && whole.StartsWith(cut, StringComparison.Ordinal);
    }

    private static bool SaidAt(Word[] words, string[] phrase, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i].Key != phrase[i])
                return false;
        }
        return true;
    }

    private static void MarkFillers(Word[] words, int from, int to)
    {
        for (var index = from; index < to; index++)
            words[index] = words[index] with { Kind = WordKind.Filler };
    }
}
