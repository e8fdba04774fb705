namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Which words of an utterance a sample of one intent may have in addition to its own, for the extra-word rule of
/// <see cref="NluEngine"/>: a word that says nothing the model knows of another request. That is a function word, a word
/// only the intent's own samples use, or a word the model does not know at all (an adverb such as "tegenwoordig", a particle, a
/// politeness form the lexicon lacks); never a word of another intent's samples (such as "help", "stop", "no"), of a slot
/// value (a place: "new", "south", "paris"), nor a negation, a choice word ("or"), a request verb ("spell") or a noun
/// that names no place ("fashion") of the lexicon.
/// </summary>
internal sealed class ExtraWords(NluLexicon lexicon, IReadOnlyDictionary<string, int> wordIds, EntityResolver resolver, IReadOnlyDictionary<string, HashSet<int>> vocabularies)
{
    /// <summary>For each word of <paramref name="utterance"/>, whether a sample of <paramref name="intent"/> may have it as
    /// an extra word.</summary>
    public bool[] For(UtteranceWords utterance, string intent)
    {
        var words = utterance.Words;
        var allowed = new bool[words.Length];
        for (var index = 0; index < words.Length; index++)
            allowed[index] = MayBeExtra(words[index], intent);
        return allowed;
    }

    private bool MayBeExtra(Word word, string intent)
    {
        var key = word.Key;
        if (lexicon.Repairs.Negations.Contains(key) || lexicon.Alternatives.Contains(key) || lexicon.RequestVerbs.Contains(key) || lexicon.NotPlaces.Contains(key))
            return false;
        // Function words are in place names too ("trinidad and tobago"): only a content word there is a place's.
        if (word.Kind == WordKind.Function)
            return true;
        if (resolver.KnowsWord(key))
            return false;
        // A word of the samples said in another sense ("capital" in "capital punishment") has no id but a known key.
        return word.Id >= 0 ? OnlyIn(intent, word.Id) : !wordIds.ContainsKey(key);
    }

    private bool OnlyIn(string intent, int wordId) =>
        vocabularies.All(vocabulary => vocabulary.Value.Contains(wordId) == (vocabulary.Key == intent));
}
