using WorldCapitals.Cli;
using WorldCapitals.Cli.Eval;

namespace WorldCapitals.Simulator.Tests.Cli;

/// <summary>
/// The English evaluation corpus's tuning half (tests/Eval/en/tuning.tsv), scored through the simulator and the real
/// skill exactly as <c>capitals eval tests/Eval/en/tuning.tsv --min 98</c> does. The held-back half is never scored by a
/// test: it is measured by hand, without reading its misses, and reported in README.
/// </summary>
public class EvaluationCorpusScoreTests
{
    [Test]
    public Task The_tuning_half_scores_at_least_98_percent() =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", "en", "tuning.tsv"), 98);

    /// <summary>Round 3's tuning halves of the languages tuned on them (their held-back halves are never scored here).</summary>
    [TestCase("hi")]
    [TestCase("de")]
    [TestCase("nl")]
    public Task A_round_three_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round3", "tuning.tsv"), 97);

    private static async Task AssertScoresAtLeast(string corpus, double min)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await EvalCommand.RunAsync(
            new EvalRequest([corpus], Min: min, Root: Repository.Root), Repository.Root, output, error, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), $"{output}\n{error}");
    }
}
