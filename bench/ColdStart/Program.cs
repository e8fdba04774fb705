using System.CommandLine;
using System.Globalization;
using WorldCapitals.Bench.ColdStart;

// dotnet run -c Release --project bench/ColdStart -- --runs 10 --invocations 1000 [--targets aot,jit,node]
var runsOption = new Option<int>("--runs") { Description = "Runs per host (a fresh process each)", DefaultValueFactory = _ => 10 };
var invocationsOption = new Option<int>("--invocations") { Description = "Timed sequential invocations after the cold start", DefaultValueFactory = _ => 1000 };
var targetsOption = new Option<string>("--targets") { Description = "Hosts to measure: aot, jit, node", DefaultValueFactory = _ => "aot,jit,node" };
var maxWaitOption = new Option<int>("--max-wait") { Description = "Seconds to wait, before each host, for the 1-minute load to drop to 1.0 (0: no wait)", DefaultValueFactory = _ => 600 };

var command = new RootCommand("Cold start, invocation latency and resident memory of the Lambda hosts behind a fake Runtime API.")
{
    runsOption, invocationsOption, targetsOption, maxWaitOption,
};
command.SetAction(async (parse, cancellationToken) =>
{
    var root = Repository.Root();
    var wanted = parse.GetValue(targetsOption)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var targets = HostTarget.All(root).Where(t => wanted.Contains(t.Name)).ToList();
    var missing = targets.Where(t => !File.Exists(t.MustExist)).ToList();
    foreach (var target in missing)
        Console.Error.WriteLine($"{target.Name}: {target.MustExist} is missing; build it first: {target.BuildHint}");
    if (missing.Count > 0 || targets.Count == 0)
        return 2;

    var envelopes = Envelopes.Load(root);
    var report = new Report(parse.GetValue(runsOption), parse.GetValue(invocationsOption));
    foreach (var target in targets)
    {
        var load = await Machine.WaitForQuietAsync(TimeSpan.FromSeconds(parse.GetValue(maxWaitOption)), cancellationToken);
        Console.WriteLine($"{target.Name}: load average {load} at start");
        var runs = new List<RunResult>();
        for (var run = 0; run < report.Runs; run++)
        {
            var result = await HostRun.RunAsync(target, envelopes, report.Invocations);
            runs.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run + 1}: cold start {result.ColdStart.TotalMilliseconds:F1} ms, invocation median {result.InvocationMedianMicroseconds:F0} µs p99 {result.InvocationP99Microseconds:F0} µs, VmRSS {result.ResidentKilobytes / 1024.0:F1} MB"));
        }
        report.Add(target.Name, load, runs);
    }
    report.Print(Console.Out, Path.Combine(root, "artifacts/lambda/bootstrap.zip"));
    return report.AnswersAgree(Console.Out) ? 0 : 1;
});
return await command.Parse(args).InvokeAsync();
