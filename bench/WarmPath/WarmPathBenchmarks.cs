using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// One request end to end, as a host calls it: parse the envelope bytes, verify (skill ID and timestamp),
/// route, look up, build the response and write its bytes into the host's kept buffer.
/// </summary>
[MemoryDiagnoser]
public class WarmPathBenchmarks
{
    private SkillEntryPoint _skill = null!;
    private ReadOnlyMemory<byte> _body;
    private readonly InvocationWorkspace _workspace = new();

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
    public int Invoke() => SkillFactory.Invoke(_skill, _body, _workspace).Body.Length;
}
