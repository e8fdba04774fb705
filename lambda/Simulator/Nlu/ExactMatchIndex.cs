namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// The samples an utterance may fit at no cost, found through one literal word of each. A sample fits at no cost only
/// when the utterance says every literal of it that is no filler (leaving one out, or swapping a function word for
/// another, costs), so a sample is filed under the one of those literals the fewest samples use, and an utterance is
/// compared only with the samples filed under its words and those with no such literal ("{country}", "{country} please").
/// The clause-around-question rule tries every core of a long utterance, and in Japanese, where each character is a word,
/// that is hundreds of cores: comparing each with every sample made such an utterance take a second.
/// </summary>
internal sealed class ExactMatchIndex
{
    private readonly IReadOnlyList<Sample> _samples;
    private readonly Dictionary<int, List<int>> _byWord = [];
    private readonly List<int> _withoutLiterals = [];

    public ExactMatchIndex(IReadOnlyList<Sample> samples)
    {
        _samples = samples;
        var uses = new Dictionary<int, int>();
        foreach (var literal in samples.SelectMany(sample => sample.DistinctLiterals))
            uses[literal.WordId] = uses.GetValueOrDefault(literal.WordId) + 1;
        for (var position = 0; position < samples.Count; position++)
        {
            var literals = samples[position].DistinctLiterals;
            if (literals.Length == 0)
            {
                _withoutLiterals.Add(position);
                continue;
            }
            var rarest = literals.MinBy(literal => uses[literal.WordId])!.WordId;
            if (!_byWord.TryGetValue(rarest, out var filed))
                _byWord[rarest] = filed = [];
            filed.Add(position);
        }
    }

    /// <summary>The samples that may fit the utterance at no cost, in the model's order.</summary>
    public IEnumerable<Sample> Candidates(UtteranceWords utterance)
    {
        var positions = new List<int>(_withoutLiterals);
        var seen = new HashSet<int>();
        foreach (var word in utterance.Words)
        {
            if (word.Id >= 0 && seen.Add(word.Id) && _byWord.TryGetValue(word.Id, out var filed))
                positions.AddRange(filed);
        }
        positions.Sort();
        return positions.Select(position => _samples[position]);
    }
}
