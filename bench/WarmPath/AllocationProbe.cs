using System.Diagnostics.Tracing;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// `dotnet run -c Release --project bench/WarmPath -- --allocations [envelope]`: what the whole warm path allocates per
/// request (exact), and by type: the runtime's allocation-tick events (one per ~100 KB allocated, naming the type of
/// the object that crossed the mark) sampled over many requests, so each type's share of the samples is its share of
/// the bytes.
/// </summary>
internal static class AllocationProbe
{
    private const int WarmUpCalls = 50_000;
    private const int SampledCalls = 400_000;

    public static void Run(string envelopeName)
    {
        var skill = SkillFactory.Create();
        var body = BenchEnvelopes.Read(envelopeName);
        var workspace = new InvocationWorkspace();
        for (var i = 0; i < WarmUpCalls; i++)
            SkillFactory.Invoke(skill, body, workspace);

        using var listener = new AllocationTickListener();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < SampledCalls; i++)
            SkillFactory.Invoke(skill, body, workspace);
        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)SampledCalls;

        var samples = listener.Snapshot();
        var total = samples.Values.Sum();
        Console.WriteLine($"{envelopeName} ({body.Length} bytes): {perCall:N0} B allocated per request over {SampledCalls:N0} requests; {total:N0} allocation ticks");
        Console.WriteLine("| type | share of the ticks | about B per request |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (type, count) in samples.OrderByDescending(pair => pair.Value))
            Console.WriteLine($"| {type} | {100.0 * count / total:F1}% | {perCall * count / total:N0} |");
    }

    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, int> _ticks = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public Dictionary<string, int> Snapshot()
        {
            lock (_gate)
                return new Dictionary<string, int>(_ticks, StringComparer.Ordinal);
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
                return;
            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            lock (_gate)
                _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
        }
    }
}
