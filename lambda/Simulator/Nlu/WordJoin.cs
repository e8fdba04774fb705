namespace WorldCapitals.Simulator.Nlu;

/// <summary>A run of words said apart that stands for other words: the run as its words' keys, and the keys of the words
/// it stands for, in order. Dutch "hoofd stad" stands for the one word "hoofdstad", Japanese キャピタル for the two words
/// of 首都 (首 and 都, as the samples have them), and 宿題 for itself as one word (its 宿 is no hotel).</summary>
/// <param name="WrittenWithHiragana">Whether the run is written with hiragana: such a run is an ending or a particle, never part of
/// a katakana word, so it is not read where it would begin or end inside one (the えたい of 間違えたイラク, the けど of マケドニア).</param>
public sealed record WordJoin(IReadOnlyList<string> Run, IReadOnlyList<string> Words, bool WrittenWithHiragana = false)
{
    /// <summary>Where in the run the words it stands for begin, when they are fewer than the run's and some of its own words
    /// in a row (the run only drops the others: "tiene como capital a" is "tiene como capital"); otherwise null.</summary>
    public int? KeptWordsAt { get; } = KeptWordsIn(Run, Words);

    private static int? KeptWordsIn(IReadOnlyList<string> run, IReadOnlyList<string> words)
    {
        if (words.Count >= run.Count)
            return null;
        for (var start = 0; start + words.Count <= run.Count; start++)
        {
            if (words.Select((word, offset) => word == run[start + offset]).All(same => same))
                return start;
        }
        return null;
    }
}
