using System.ComponentModel;
using System.Diagnostics;

namespace WorldCapitals.Model.Tests;

/// <summary>The committed corpus halves are exactly what their sources build: English from tests/Eval/en/source,
/// tests/Eval/en/round2/source, round3/source, round4/source and round5/source, the other languages' round 1 from tests/Eval/&lt;language&gt;/source through
/// tests/Eval/source/build_corpus.py (each with --check).</summary>
public class EvaluationCorpusFreshnessTests
{
    [Test]
    public void The_committed_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "source", "build_corpus.py"));

    [Test]
    public void The_committed_round_2_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "round2", "source", "build_corpus.py"));

    [Test]
    public void The_committed_round_3_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "round3", "source", "build_corpus.py"));

    [Test]
    public void The_committed_round_4_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "round4", "source", "build_corpus.py"));

    [Test]
    public void The_committed_round_5_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "en", "round5", "source", "build_corpus.py"));

    [Test]
    public void Every_other_languages_committed_halves_match_their_hand_written_sources() =>
        AssertBuilderFindsNothingStale(Path.Combine(Repository.Root, "tests", "Eval", "source", "build_corpus.py"));

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
