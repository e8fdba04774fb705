using System.ComponentModel;
using System.Diagnostics;

namespace WorldCapitals.Model.Tests;

/// <summary>The committed corpus halves are exactly what their sources build: English from tests/Eval/en/source, the
/// other languages from tests/Eval/&lt;language&gt;/source through tests/Eval/source/build_corpus.py, and each round-2 corpus
/// from tests/Eval/&lt;language&gt;/round2/source/build_corpus.py (all with --check).</summary>
public class EvaluationCorpusFreshnessTests
{
    [Test]
    public void The_committed_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "source", "build_corpus.py"));

    [Test]
    public void Every_other_languages_committed_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "source", "build_corpus.py"));

    [TestCaseSource(typeof(Round2EvaluationCorpusTests), nameof(Round2EvaluationCorpusTests.Languages))]
    public void Each_round_2_corpus_matches_its_hand_written_sources(string language) =>
        AssertBuilderFindsNothingStale(Round2EvaluationCorpusTests.BuilderOf(language));

    internal static void AssertBuilderFindsNothingStale(string script)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, "--check" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("python3 is needed to check the evaluation corpus against its sources.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.That(process.ExitCode, Is.Zero, error + output.Result);
        }
    }
}
