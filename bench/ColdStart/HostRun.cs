using System.Diagnostics;
using System.Globalization;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>
/// Starts one host process against a fresh fake Runtime API and measures it: Process.Start to the first response
/// read (cold start), then each sequential invocation (event served on /next to response read), then VmRSS.
/// </summary>
internal static class HostRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<RunResult> RunAsync(HostTarget target, IReadOnlyDictionary<string, byte[]> envelopes, int invocations)
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        var timed = envelopes[Envelopes.Timed];
        var first = api.Enqueue(Envelopes.Fresh(timed));

        using var process = new Process { StartInfo = StartInfo(target, api.Address) };
        var output = new BoundedLog();
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);
        var started = Stopwatch.GetTimestamp();
        process.Start();
        try
        {
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var firstAnswer = await WaitAsync(first, process, output);
            var coldStart = Stopwatch.GetElapsedTime(started, firstAnswer.ReadAt);

            var times = new List<TimeSpan>(invocations);
            for (var i = 0; i < invocations; i++)
                times.Add((await WaitAsync(api.Enqueue(Envelopes.Fresh(timed)), process, output)).Invocation);

            var resident = ResidentKilobytes(process.Id);
            var answers = new Dictionary<string, SpokenAnswer>();
            foreach (var (name, envelope) in envelopes)
                answers[name] = SpokenAnswer.From((await WaitAsync(api.Enqueue(Envelopes.Fresh(envelope)), process, output)).Body);
            return new RunResult(coldStart, times, resident, answers);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static ProcessStartInfo StartInfo(HostTarget target, string address)
    {
        var info = new ProcessStartInfo(target.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in target.Arguments)
            info.ArgumentList.Add(argument);
        info.Environment["AWS_LAMBDA_RUNTIME_API"] = address;
        info.Environment["SKILL_ID"] = Envelopes.SkillId;
        return info;
    }

    private static async Task<Answer> WaitAsync(Task<Answer> answer, Process process, BoundedLog output)
    {
        var finished = await Task.WhenAny(answer, process.WaitForExitAsync(), Task.Delay(Timeout));
        if (finished != answer)
            throw new InvalidOperationException($"The host gave no answer (exited: {process.HasExited}). Its last output:\n{output}");
        var result = await answer;
        if (result.Failed)
            throw new InvalidOperationException($"The host posted an invocation error: {System.Text.Encoding.UTF8.GetString(result.Body)}");
        return result;
    }

    private static long ResidentKilobytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"No VmRSS in /proc/{pid}/status.");
    }

    /// <summary>The host's last lines of output, for the error message when it fails.</summary>
    private sealed class BoundedLog
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (line is null)
                return;
            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 20)
                    _lines.Dequeue();
            }
        }

        public override string ToString()
        {
            lock (_lines)
                return string.Join('\n', _lines);
        }
    }
}
