using System.Runtime.CompilerServices;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// How often each letter a-z (and anything else, in one bucket) occurs in a name key. One edit changes the
/// counts by at most two, so half the count difference is a lower bound of the edit distance: a cheap test that
/// rules most candidates out before the full comparison.
/// </summary>
internal struct LetterCounts
{
    private const int Buckets = 27;

    private Counts _counts;

    public static LetterCounts Of(string key)
    {
        var result = default(LetterCounts);
        foreach (var c in key)
            result._counts[c is >= 'a' and <= 'z' ? c - 'a' : Buckets - 1]++;
        return result;
    }

    /// <summary>The smallest edit distance these counts allow between the two keys.</summary>
    public readonly int MinimumDistance(in LetterCounts other)
    {
        var difference = 0;
        for (var i = 0; i < Buckets; i++)
            difference += Math.Abs(_counts[i] - other._counts[i]);
        return (difference + 1) / 2;
    }

    [InlineArray(Buckets)]
    private struct Counts
    {
        private short _first;
    }
}
