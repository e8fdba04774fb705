using System.CommandLine;
using System.Globalization;
using WorldCapitals.Bench.ColdStart;

// dotnet run -c Release --project bench/ColdStart -- --runs 5 --invocations 1000 [--targets empty,aot,node] [--also before=path]
// bench/lambda-compare.sh builds the three hosts and runs this.
var runsOption = new Option<int>("--runs") { Description = "Rounds; each round starts every host once (a fresh process each), in turn", DefaultValueFactory = _ => 5 };
var invocationsOption = new Option<int>("--invocations") { Description = "Timed sequential invocations after the cold start", DefaultValueFactory = _ => 1000 };
var targetsOption = new Option<string>("--targets") { Description = "Hosts to measure: empty (the floor), aot, jit, node (the peer)", DefaultValueFactory = _ => "empty,aot,node" };
var alsoOption = new Option<string[]>("--also") { Description = "Another build of our bootstrap to measure in the same rounds, as name=path (repeatable)", AllowMultipleArgumentsPerToken = false };
var maxWaitOption = new Option<int>("--max-wait") { Description = "Seconds to wait, before each round, for the 1-minute load to drop to 1.0 (0: no wait)", DefaultValueFactory = _ => 0 };

var command = new RootCommand("Cold start, invocation cost and resident memory of Lambda hosts behind a fake Runtime API, against an empty Native AOT bootstrap and the Node.js ASK SDK peer.")
{
    runsOption, invocationsOption, targetsOption, alsoOption, maxWaitOption,
};
command.SetAction(async (parse, cancellationToken) =>
{
    var root = Repository.Root();
    var wanted = parse.GetValue(targetsOption)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var unknown = wanted.Except(HostTarget.All(root).Select(t => t.Name)).ToList();
    if (unknown.Count > 0)
    {
        await Console.Error.WriteLineAsync($"Unknown target(s) {string.Join(", ", unknown)}: use empty, aot, jit, node.");
        return 2;
    }
    var targets = HostTarget.All(root).Where(t => wanted.Contains(t.Name)).ToList();
    targets.AddRange((parse.GetValue(alsoOption) ?? []).Select(HostTarget.Also));
    var missing = targets.Where(t => !File.Exists(t.MustExist)).ToList();
    foreach (var target in missing)
        await Console.Error.WriteLineAsync($"{target.Name}: {target.MustExist} is missing; build it first: {target.BuildHint}");
    if (missing.Count > 0 || targets.Count == 0)
        return 2;

    var envelopes = Envelopes.Load(root);
    var report = new Report(parse.GetValue(runsOption), parse.GetValue(invocationsOption), targets.Select(t => t.Name).ToList());
    // Rounds alternate the hosts, so a burst of load on the shared machine falls on all of them, not on one.
    for (var round = 1; round <= report.Runs; round++)
    {
        var load = await Machine.WaitForQuietAsync(TimeSpan.FromSeconds(parse.GetValue(maxWaitOption)), cancellationToken);
        Console.WriteLine($"round {round} of {report.Runs}: load average {load}");
        foreach (var target in targets)
        {
            var result = await HostRun.RunAsync(target, envelopes, report.Invocations);
            report.Add(target, result, load);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {target.Name,-8} cold start {result.ColdStart.TotalMilliseconds,6:F1} ms, invocation median {result.InvocationMedianMicroseconds,5:F0} µs p99 {result.InvocationP99Microseconds,6:F0} µs, VmRSS {result.ResidentKilobytes / 1024.0,5:F1} MB"));
        }
    }
    report.Print(Console.Out, Path.Combine(root, "artifacts/lambda/bootstrap.zip"));
    return report.AnswersAgree(Console.Out) ? 0 : 1;
});
return await command.Parse(args).InvokeAsync();
