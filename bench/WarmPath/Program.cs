using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// `dotnet run -c Release --project bench/WarmPath -- --filter '*'` (BenchmarkDotNet's own arguments follow);
/// `--short` first picks the ShortRun job (3 warm-ups, 3 iterations) for a busy machine; `--stages [envelope]` runs
/// <see cref="StageProbe"/> instead of BenchmarkDotNet, `--allocations [envelope]` <see cref="AllocationProbe"/>, `--read-less [envelope]` <see cref="ReadLessProbe"/>.
/// The benchmarks run in this (Release) process: BenchmarkDotNet's out-of-process toolchain looks for a project
/// named like the assembly, and ours is WarmPath.csproj building WorldCapitals.Bench.WarmPath.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--stages")
        {
            StageProbe.Run(args.Length > 1 ? args[1] : "capital-resolved");
            return;
        }
        if (args.Length > 0 && args[0] == "--read-less")
        {
            ReadLessProbe.Run(args.Length > 1 ? args[1] : "capital-resolved");
            return;
        }
        if (args.Length > 0 && args[0] == "--allocations")
        {
            AllocationProbe.Run(args.Length > 1 ? args[1] : "capital-resolved");
            return;
        }
        var shortRun = args.Length > 0 && args[0] == "--short";
        if (shortRun)
            args = args[1..];
        var job = (shortRun ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
    }
}
