namespace WorldCapitals.Bench.ColdStart;

/// <summary>One run of one host: cold start, the timed invocations, resident memory after them, and its answers.</summary>
internal sealed record RunResult(TimeSpan ColdStart, IReadOnlyList<TimeSpan> Invocations, long ResidentKilobytes, IReadOnlyDictionary<string, SpokenAnswer> Answers)
{
    public double InvocationMedianMicroseconds => Statistics.Percentile(Invocations.Select(t => t.TotalMicroseconds).ToList(), 0.50);

    public double InvocationP99Microseconds => Statistics.Percentile(Invocations.Select(t => t.TotalMicroseconds).ToList(), 0.99);
}

internal static class Statistics
{
    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, double fraction)
    {
        if (values.Count == 0)
            return double.NaN;
        values.Sort();
        var rank = (int)Math.Ceiling(fraction * values.Count);
        return values[Math.Clamp(rank - 1, 0, values.Count - 1)];
    }
}
