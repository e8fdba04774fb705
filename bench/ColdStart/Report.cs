using System.Globalization;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>
/// The best round of each host (noise on a shared machine only ever slows a run down), as absolute figures and
/// as ratios to the empty bootstrap (the floor) and to the Node.js peer; and the check that every host that runs
/// the skill said the same things.
/// </summary>
internal sealed class Report(int runs, int invocations, IReadOnlyList<string> order)
{
    private readonly Dictionary<string, (HostTarget Target, List<RunResult> Runs, List<string> Loads)> _hosts = [];

    public int Runs { get; } = runs;

    public int Invocations { get; } = invocations;

    public void Add(HostTarget target, RunResult result, string load)
    {
        if (!_hosts.TryGetValue(target.Name, out var host))
            _hosts[target.Name] = host = (target, [], []);
        host.Runs.Add(result);
        host.Loads.Add(load);
    }

    public void Print(TextWriter output, string zipPath)
    {
        var best = order.ToDictionary(name => name, name => Best(_hosts[name].Runs));
        output.WriteLine();
        output.WriteLine($"Best of {Runs} rounds (hosts alternated); {Invocations} sequential invocations per run ({Envelopes.Timed} envelope).");
        output.WriteLine("cold start: Process.Start -> first response read; invocation: event served on /next -> response read (median of the run);");
        output.WriteLine($"VmRSS: after the {Invocations + 1} invocations. Each column is its own best round.");
        output.WriteLine();
        output.WriteLine("| host | cold start (ms) | invocation median (µs) | invocation p99 (µs) | VmRSS after (MB) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, figures) in best)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {figures.ColdStartMs:F1} | {figures.InvocationUs:F0} | {figures.P99Us:F0} | {figures.ResidentMb:F1} |"));
        }
        PrintRatios(output, best);
        output.WriteLine();
        output.WriteLine($"Load averages at the start of each round: {string.Join("; ", _hosts[order[0]].Loads)}");
        output.WriteLine(File.Exists(zipPath) ? $"Lambda package {zipPath}: {new FileInfo(zipPath).Length} bytes" : $"No Lambda package at {zipPath}.");
    }

    /// <summary>Every skill host's answers to every checked envelope, against the first skill host's; prints the differences.</summary>
    public bool AnswersAgree(TextWriter output)
    {
        var skillHosts = order.Select(name => _hosts[name]).Where(host => host.Target.AnswersSkill).ToList();
        if (skillHosts.Count == 0)
            return true;
        var agree = true;
        var reference = skillHosts[0];
        foreach (var (target, results, _) in skillHosts)
        {
            foreach (var name in Envelopes.Checked)
            {
                var expected = reference.Runs[0].Answers[name];
                var differing = results.Select(r => r.Answers[name]).FirstOrDefault(answer => answer != expected);
                if (differing is null)
                    continue;
                agree = false;
                output.WriteLine($"DIFFERENT ANSWER to {name}: {reference.Target.Name} said {expected}; {target.Name} said {differing}");
            }
        }
        output.WriteLine(agree
            ? $"Answers checked: {string.Join(", ", skillHosts.Select(h => h.Target.Name))} said the same to {string.Join(", ", Envelopes.Checked)}."
            : "Answers differ (see above).");
        return agree;
    }

    private static void PrintRatios(TextWriter output, Dictionary<string, Figures> best)
    {
        var floor = best.GetValueOrDefault(HostTarget.Floor);
        var peer = best.GetValueOrDefault(HostTarget.Peer);
        if (floor is null && peer is null)
            return;
        output.WriteLine();
        output.WriteLine("Ratios of the best rounds: host / empty bootstrap (1.0x = the floor; invocation also as µs above it), and peer / host (how many times faster than the Node.js peer).");
        output.WriteLine();
        output.WriteLine("| host | cold start / empty | cold start: peer / host | invocation / empty | invocation - empty (µs) | invocation: peer / host | VmRSS / empty | VmRSS: peer / host |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, figures) in best)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Ratio(figures.ColdStartMs, floor?.ColdStartMs)} | {Ratio(peer?.ColdStartMs, figures.ColdStartMs)} | {Ratio(figures.InvocationUs, floor?.InvocationUs)} | {Difference(figures.InvocationUs, floor?.InvocationUs)} | {Ratio(peer?.InvocationUs, figures.InvocationUs)} | {Ratio(figures.ResidentMb, floor?.ResidentMb)} | {Ratio(peer?.ResidentMb, figures.ResidentMb)} |"));
        }
    }

    private static string Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? string.Create(CultureInfo.InvariantCulture, $"{n / d:F2}x") : "";

    private static string Difference(double value, double? floor) =>
        floor is { } f ? string.Create(CultureInfo.InvariantCulture, $"{value - f:+0;-0;0}") : "";

    private static Figures Best(List<RunResult> runs) => new(
        runs.Min(r => r.ColdStart.TotalMilliseconds),
        runs.Min(r => r.InvocationMedianMicroseconds),
        runs.Min(r => r.InvocationP99Microseconds),
        runs.Min(r => r.ResidentKilobytes / 1024.0));

    private sealed record Figures(double ColdStartMs, double InvocationUs, double P99Us, double ResidentMb);
}
