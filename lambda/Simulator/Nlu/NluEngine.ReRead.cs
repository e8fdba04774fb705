using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The re-reading rule (see the summary of <see cref="NluEngine"/>): an utterance that matches nothing is read
/// again without the words that qualify its question's noun ("ऑस्ट्रेलिया की सही राजधानी", "de echte hoofdstad") and with
/// an indirect question in the order of a direct one ("wat de hoofdstad van egypte is" as "wat is de hoofdstad van
/// egypte"), by every rule before it.</summary>
public sealed partial class NluEngine
{
    /// <summary>The first match of a re-read form of the utterance that names a value of a custom slot, each resolving, or null.</summary>
    private SampleMatch? ReRead(IReadOnlyList<Token> tokens)
    {
        if (!_rereads || _model.FallbackSensitivity == FallbackSensitivity.High
            || (_lexicon.QuestionQualifiers.Count == 0 && _lexicon.VerbFinalVerbs.Count == 0))
        {
            return null;
        }
        var keys = tokens.Select(token => _lexicon.Expand(token.Key)[0]).ToArray();
        var kept = Enumerable.Range(0, tokens.Count).Where(index => !QualifiesNoun(keys, index)).ToList();
        var forms = new List<List<int>>();
        if (kept.Count < tokens.Count)
            forms.Add(kept);
        forms.AddRange(DirectOrders(kept, keys));
        foreach (var form in forms)
        {
            var text = string.Join(' ', form.Select(index => tokens[index].Text));
            var match = BestMatch(Tokenizer.SplitPrefixes(_lexicon.Tokenize(text), _lexicon.Prefixes, IsKnownWord), text);
            if (match is { Captures.Count: > 0 } && match.Captures.All(capture => capture.Span.Resolves) && !match.Sample.Parts.Any(IsBuiltInSlot))
                return match;
        }
        return null;
    }

    // Whether the word at 'index' is a qualifier of the lexicon next to a word many samples say as a slot's noun.
    private bool QualifiesNoun(string[] keys, int index) =>
        _lexicon.QuestionQualifiers.Contains(keys[index])
            && ((index > 0 && IsQuestionNoun(keys[index - 1])) || (index + 1 < keys.Length && IsQuestionNoun(keys[index + 1])));

    private bool IsQuestionNoun(string key) => _wordIds.TryGetValue(key, out var id) && QuestionNounIds().Contains(id);

    // The word orders of a direct question for each indirect one in these words: a question word, then at least one word, then
    // a verb-final verb, moved to right after the question word or after the word that follows it ("welke stad ... is").
    private IEnumerable<List<int>> DirectOrders(List<int> kept, string[] keys)
    {
        for (var at = 0; at < kept.Count; at++)
        {
            if (!_lexicon.QuestionWords.Contains(keys[kept[at]]))
                continue;
            var verb = kept.FindIndex(at + 1, index => _lexicon.VerbFinalVerbs.Contains(keys[index]));
            for (var after = at + 1; verb > after && after <= at + 2; after++)
                yield return [.. kept[..after], kept[verb], .. kept[after..verb], .. kept[(verb + 1)..]];
        }
    }
}
