using System.Globalization;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>The machine is shared with builds: measure when it is quiet, and say how quiet it was.</summary>
internal static class Machine
{
    private const double QuietLoad = 1.0;

    /// <returns>/proc/loadavg's three load averages when the wait ended.</returns>
    public static async Task<string> WaitForQuietAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + maxWait;
        while (OneMinuteLoad() > QuietLoad && DateTime.UtcNow < deadline)
        {
            Console.WriteLine($"  load average {LoadAverages()}: waiting 30 s for it to drop below {QuietLoad}");
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }
        return LoadAverages();
    }

    private static string LoadAverages() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static double OneMinuteLoad() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
