using System.ComponentModel;
using System.Diagnostics;

namespace WorldCapitals.Model.Tests;

/// <summary>The committed corpus halves are exactly what tests/Eval/en/source builds (python3 build_corpus.py --check).</summary>
public class EvaluationCorpusFreshnessTests
{
    [Test]
    public void The_committed_halves_match_their_hand_written_sources()
    {
        var script = Path.Combine(Repository.Root, "tests", "Eval", "en", "source", "build_corpus.py");
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
