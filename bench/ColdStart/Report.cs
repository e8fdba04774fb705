using System.Globalization;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>Medians over the runs of each host, as one table, and the check that every host said the same things.</summary>
internal sealed class Report(int runs, int invocations)
{
    private readonly List<(string Host, string Load, List<RunResult> Runs)> _hosts = [];

    public int Runs { get; } = runs;

    public int Invocations { get; } = invocations;

    public void Add(string host, string load, List<RunResult> results) => _hosts.Add((host, load, results));

    public void Print(TextWriter output, string zipPath)
    {
        output.WriteLine();
        output.WriteLine($"Medians of {Runs} runs; {Invocations} sequential invocations per run ({Envelopes.Timed} envelope).");
        output.WriteLine();
        output.WriteLine("| host | cold start (ms) | invocation median (µs) | invocation p99 (µs) | VmRSS after (MB) | load at start |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var (host, load, results) in _hosts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {host} | {Statistics.Median(results.Select(r => r.ColdStart.TotalMilliseconds)):F1} | {Statistics.Median(results.Select(r => r.InvocationMedianMicroseconds)):F0} | {Statistics.Median(results.Select(r => r.InvocationP99Microseconds)):F0} | {Statistics.Median(results.Select(r => r.ResidentKilobytes / 1024.0)):F1} | {load} |"));
        }
        output.WriteLine();
        output.WriteLine(File.Exists(zipPath) ? $"Lambda package {zipPath}: {new FileInfo(zipPath).Length} bytes" : $"No Lambda package at {zipPath}.");
    }

    /// <summary>Every host's answers to every checked envelope, against the first host's; prints the differences.</summary>
    public bool AnswersAgree(TextWriter output)
    {
        var agree = true;
        var reference = _hosts[0];
        foreach (var (host, _, results) in _hosts)
        {
            foreach (var name in Envelopes.Checked)
            {
                var expected = reference.Runs[0].Answers[name];
                var differing = results.Select(r => r.Answers[name]).FirstOrDefault(answer => answer != expected);
                if (differing is null)
                    continue;
                agree = false;
                output.WriteLine($"DIFFERENT ANSWER to {name}: {reference.Host} said {expected}; {host} said {differing}");
            }
        }
        output.WriteLine(agree ? $"Answers checked: every host said the same to {string.Join(", ", Envelopes.Checked)}." : "Answers differ (see above).");
        return agree;
    }
}
