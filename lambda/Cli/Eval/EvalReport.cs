using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Cli.Eval;

/// <summary>The scores of a run: per phrasing family, per locale, in total, and how many lines expecting the
/// fallback intent reached it (out-of-domain sentences must not be answered as capital questions).</summary>
internal sealed record EvalReport(
    IReadOnlyList<EvalScore> Families, IReadOnlyList<EvalScore> Locales, EvalScore Total, EvalScore OutOfDomain, int InDomainToFallback,
    IReadOnlyList<EvalOutcome> Misses)
{
    public const string FallbackIntent = NluEngine.FallbackIntent;

    public static EvalReport From(IReadOnlyList<EvalOutcome> outcomes)
    {
        var outOfDomain = outcomes.Where(o => o.Line.Expected == FallbackIntent).ToList();
        return new EvalReport(
            Group(outcomes, o => o.Line.Family),
            Group(outcomes, o => o.Line.Locale),
            EvalScore.Of("total", outcomes),
            new EvalScore("out of domain to fallback", outOfDomain.Count, outOfDomain.Count(o => o.WentToFallback)),
            outcomes.Count(o => o.Line.Expected != FallbackIntent && o.WentToFallback),
            outcomes.Where(o => !o.Correct).ToList());
    }

    private static List<EvalScore> Group(IReadOnlyList<EvalOutcome> outcomes, Func<EvalOutcome, string> key) =>
        outcomes.GroupBy(key).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => EvalScore.Of(group.Key, group.ToList())).ToList();
}

/// <summary>How many lines of a group, how many correct, and the percentage.</summary>
internal sealed record EvalScore(string Name, int Count, int Correct)
{
    public double Percent => Count == 0 ? 100 : 100.0 * Correct / Count;

    public static EvalScore Of(string name, IReadOnlyList<EvalOutcome> outcomes) => new(name, outcomes.Count, outcomes.Count(o => o.Correct));
}
