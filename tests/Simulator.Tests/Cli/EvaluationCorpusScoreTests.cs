using WorldCapitals.Cli;
using WorldCapitals.Cli.Eval;

namespace WorldCapitals.Simulator.Tests.Cli;

/// <summary>
/// The English evaluation corpora's tuning halves (tests/Eval/en/tuning.tsv, round2/, round3/, round4/ and round5/tuning.tsv) and
/// the other languages' round-3 to round-7 tuning halves, each scored through the simulator and the real skill exactly as
/// <c>capitals eval FILE --min 98</c> (97 for the other languages) does. A held-back
/// half not yet spent (round 8's) is never scored by a test: it is measured once by hand, without reading its misses,
/// and reported in README.
/// </summary>
// Each case scores its own file with its own simulator: the cases run side by side too.
[Parallelizable(ParallelScope.Children)]
public class EvaluationCorpusScoreTests
{
    [TestCase("tuning.tsv")]
    [TestCase("round2/tuning.tsv")]
    [TestCase("round3/tuning.tsv")]
    [TestCase("round4/tuning.tsv")]
    [TestCase("round5/tuning.tsv")]
    public Task An_english_tuning_half_scores_at_least_98_percent(string file) =>
        AssertScoresAtLeast(Path.Combine([Repository.Root, "tests", "Eval", "en", .. file.Split('/')]), 98);

    /// <summary>Round 3's tuning halves of the other languages, at issue 15's target (their held-back halves are never
    /// scored here).</summary>
    [TestCase("ar")]
    [TestCase("ja")]
    [TestCase("hi")]
    [TestCase("de")]
    [TestCase("nl")]
    [TestCase("fr")]
    [TestCase("es")]
    [TestCase("it")]
    [TestCase("pt")]
    public Task A_round_three_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round3", "tuning.tsv"), 97);

    /// <summary>Round 4's tuning halves, at issue 15's target (their held-back halves are scored by the lead only).</summary>
    [TestCase("ar")]
    [TestCase("ja")]
    [TestCase("hi")]
    [TestCase("nl")]
    public Task A_round_four_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round4", "tuning.tsv"), 97);

    /// <summary>Round 5's tuning halves, at issue 15's target (their held-back halves are scored by the lead only).</summary>
    [TestCase("ar")]
    [TestCase("hi")]
    [TestCase("nl")]
    public Task A_round_five_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round5", "tuning.tsv"), 97);

    /// <summary>Round 6's tuning halves (their held-back halves are scored by the lead only), at issue 15's target (Hindi since
    /// "थिम्फू", "आइरलैंड" and "रूसी फेडरेशन" are data: a capital alias, the "ai" folding, an alias).</summary>
    [TestCase("ar", 97)]
    [TestCase("nl", 97)]
    [TestCase("hi", 97)]
    public Task A_round_six_tuning_half_scores_at_least_its_floor(string language, double min) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round6", "tuning.tsv"), min);

    /// <summary>Hindi and Dutch round 8's held-back halves and both halves of round 9, spent after session 9's first pass
    /// and tuned on by its second (interactionModel/README.md, *Round 8/9, second pass*), and round 10's held-back halves,
    /// spent after session 10's first pass and tuned on by its second (*Round 10, second pass*), at issue 15's target.</summary>
    [TestCase("hi", "round8", "heldback.tsv")]
    [TestCase("hi", "round9", "tuning.tsv")]
    [TestCase("hi", "round9", "heldback.tsv")]
    [TestCase("nl", "round8", "heldback.tsv")]
    [TestCase("nl", "round9", "tuning.tsv")]
    [TestCase("nl", "round9", "heldback.tsv")]
    [TestCase("hi", "round10", "heldback.tsv")]
    [TestCase("nl", "round10", "heldback.tsv")]
    public Task A_hindi_or_dutch_second_pass_half_scores_at_least_97_percent(string language, string round, string half) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, round, half), 97);

    /// <summary>Round 7's tuning halves, at issue 15's target (their held-back halves are scored by the lead only).</summary>
    [TestCase("ar")]
    [TestCase("hi")]
    [TestCase("nl")]
    public Task A_round_seven_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round7", "tuning.tsv"), 97);

    /// <summary>Round 8's tuning halves, at issue 15's target (their held-back halves are scored by the lead only).</summary>
    [TestCase("ar")]
    [TestCase("hi")]
    [TestCase("nl")]
    public Task A_round_eight_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round8", "tuning.tsv"), 97);

    /// <summary>Hindi and Dutch round 10's tuning halves after session 10's tuning (interactionModel/README.md, *Round 10*),
    /// at issue 15's target (their held-back halves are scored by the lead only).</summary>
    [TestCase("hi")]
    [TestCase("nl")]
    public Task A_hindi_or_dutch_round_ten_tuning_half_scores_at_least_97_percent(string language) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, "round10", "tuning.tsv"), 97);

    /// <summary>Arabic's round-8 held-back and round-9 halves after the second pass of session 9 (spent: every half may be
    /// tuned on now), at issue 15's target.</summary>
    [TestCase("round8", "heldback.tsv")]
    [TestCase("round9", "tuning.tsv")]
    [TestCase("round9", "heldback.tsv")]
    public Task An_arabic_second_pass_half_scores_at_least_97_percent(string round, string half) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", "ar", round, half), 97);

    /// <summary>Arabic's round-10 tuning half after its tuning (its held-back half is scored by the lead only), at issue
    /// 15's target.</summary>
    [Test]
    public Task The_arabic_round_ten_tuning_half_scores_at_least_97_percent() =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", "ar", "round10", "tuning.tsv"), 97);

    /// <summary>Arabic's round-10 held-back half after the second pass of session 10 (spent once the lead had scored it),
    /// at issue 15's target.</summary>
    [Test]
    public Task The_arabic_round_ten_heldback_half_scores_at_least_97_percent() =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", "ar", "round10", "heldback.tsv"), 97);

    /// <summary>Arabic, Hindi and Dutch rounds 11 and 12 after session 11: the tuning halves tuned on by its first pass, the
    /// held-back halves (spent once the lead had scored them after that pass) by its second (interactionModel/README.md,
    /// *Round 11/12 tuning for Arabic / Hindi / Dutch*); the round-13 and round-14 tuning halves after session 12's tuning
    /// (*Round 13 tuning for ...*, *Round 14 tuning for ...*) where they reached it, and the Dutch round-18 tuning half after
    /// session 16's tuning (*Round 18 tuning for Dutch*), and the French round-19 tuning half after session 17's tuning (*Round 19
    /// tuning for French*), at issue 15's target.</summary>
    [TestCase("ar", "round11", "tuning.tsv")]
    [TestCase("ar", "round12", "tuning.tsv")]
    [TestCase("ar", "round11", "heldback.tsv")]
    [TestCase("ar", "round12", "heldback.tsv")]
    [TestCase("ar", "round13", "tuning.tsv")]
    [TestCase("ar", "round14", "tuning.tsv")]
    [TestCase("hi", "round11", "tuning.tsv")]
    [TestCase("hi", "round12", "tuning.tsv")]
    [TestCase("hi", "round11", "heldback.tsv")]
    [TestCase("hi", "round12", "heldback.tsv")]
    [TestCase("nl", "round11", "tuning.tsv")]
    [TestCase("nl", "round12", "tuning.tsv")]
    [TestCase("nl", "round11", "heldback.tsv")]
    [TestCase("nl", "round12", "heldback.tsv")]
    [TestCase("nl", "round13", "tuning.tsv")]
    [TestCase("nl", "round14", "tuning.tsv")]
    [TestCase("nl", "round18", "tuning.tsv")]
    [TestCase("nl", "round19", "tuning.tsv")]
    [TestCase("fr", "round19", "tuning.tsv")]
    [TestCase("es", "round19", "tuning.tsv")]
    [TestCase("es", "round19", "heldback.tsv")]
    [TestCase("ar", "round19", "tuning.tsv")]
    [TestCase("nl", "round20", "tuning.tsv")]
    public Task A_round_eleven_to_fourteen_half_scores_at_least_97_percent(string language, string round, string half) =>
        AssertScoresAtLeast(Path.Combine(Repository.Root, "tests", "Eval", language, round, half), 97);

    private static async Task AssertScoresAtLeast(string corpus, double min)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await EvalCommand.RunAsync(
            new EvalRequest([corpus], Min: min, Root: Repository.Root), Repository.Root, output, error, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), $"{output}\n{error}");
    }
}
