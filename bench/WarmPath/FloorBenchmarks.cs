using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// The warm path against its floor, in the same run: one bare <see cref="Utf8JsonReader"/> pass over every token of
/// the envelope (no values read, nothing allocated) is the baseline, so the Ratio column is warm path / one JSON read.
/// Min is shown too: on a shared machine noise only ever slows an iteration down.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class FloorBenchmarks
{
    private SkillEntryPoint _skill = null!;
    private byte[] _body = [];
    private readonly InvocationWorkspace _workspace = new();

    [Params("capital-resolved")]
    public string Envelope { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _skill = SkillFactory.Create();
        _body = BenchEnvelopes.Read(Envelope);
        SkillFactory.EnsureAnswered(_skill.InvokeAsync(_body).AsTask().GetAwaiter().GetResult(), Envelope);
    }

    [Benchmark(Baseline = true)]
    public int BareJsonRead()
    {
        var reader = new Utf8JsonReader(_body);
        var tokens = 0;
        while (reader.Read())
            tokens++;
        return tokens;
    }

    [Benchmark]
    public int WarmPath() => SkillFactory.Invoke(_skill, _body, _workspace).Body.Length;
}
