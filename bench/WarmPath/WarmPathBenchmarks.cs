using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// One request end to end, as a host calls it: parse the envelope bytes, verify (skill ID and timestamp),
/// route, look up, build the response and serialize it to bytes.
/// </summary>
[MemoryDiagnoser]
public class WarmPathBenchmarks
{
    private SkillEntryPoint _skill = null!;
    private ReadOnlyMemory<byte> _body;

    [ParamsSource(nameof(Envelopes))]
    public string Envelope { get; set; } = "";

    public static IEnumerable<string> Envelopes => BenchEnvelopes.Names;

    [GlobalSetup]
    public void Setup()
    {
        _skill = SkillFactory.Create();
        _body = BenchEnvelopes.Read(Envelope);
        SkillFactory.EnsureAnswered(_skill.InvokeAsync(_body).AsTask().GetAwaiter().GetResult(), Envelope);
    }

    [Benchmark]
    public byte[]? Invoke()
    {
        // Every handler on this path completes synchronously; a ValueTask that did not would show up as allocations.
        var pending = _skill.InvokeAsync(_body);
        return pending.IsCompletedSuccessfully ? pending.Result.Body : pending.AsTask().GetAwaiter().GetResult().Body;
    }
}
