using System.Diagnostics;
using System.Text.Json;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// What the in-process probes (--stages, --read-less) share: calls timed in rounds in which they take turns, best round
/// each (a busy machine slows every call alike, and noise only ever slows a round down), beside one bare
/// <see cref="Utf8JsonReader"/> pass.
/// </summary>
internal static class TurnTaking
{
    /// <summary>Each call's best round, in nanoseconds per call, after <paramref name="warmUpCalls"/> of each.</summary>
    public static double[] BestRounds(Func<int>[] calls, int warmUpCalls, int rounds, int callsPerRound)
    {
        foreach (var call in calls)
            Repeat(call, warmUpCalls);
        var best = Enumerable.Repeat(double.MaxValue, calls.Length).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < calls.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Repeat(calls[i], callsPerRound);
                best[i] = Math.Min(best[i], Stopwatch.GetElapsedTime(started).TotalNanoseconds / callsPerRound);
            }
        }
        return best;
    }

    /// <summary>One bare reader pass over every token of <paramref name="body"/>: the yardstick of the warm path.</summary>
    public static int BareRead(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var tokens = 0;
        while (reader.Read())
            tokens++;
        return tokens;
    }

    public static int Repeat(Func<int> call, int times)
    {
        var sum = 0;
        for (var i = 0; i < times; i++)
            sum += call();
        return sum;
    }
}
