using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// Where the parse cost goes: the CapitalIntent envelope as sent, then without the parts the skill never reads
/// (context.Viewport and context.Viewports, kept as JsonElement; the ~1 KB apiAccessToken, kept as a string).
/// </summary>
[MemoryDiagnoser]
public class ParseAttributionBenchmarks
{
    private byte[] _full = [];
    private byte[] _withoutViewports = [];
    private byte[] _withoutViewportsAndToken = [];

    [GlobalSetup]
    public void Setup()
    {
        _full = BenchEnvelopes.Read("capital-resolved");
        var envelope = JsonNode.Parse(_full)!.AsObject();
        var context = envelope["context"]!.AsObject();
        context.Remove("Viewport");
        context.Remove("Viewports");
        _withoutViewports = JsonSerializer.SerializeToUtf8Bytes(envelope);
        context["System"]!.AsObject().Remove("apiAccessToken");
        _withoutViewportsAndToken = JsonSerializer.SerializeToUtf8Bytes(envelope);
    }

    [Benchmark(Baseline = true)]
    public SkillRequest Full() => HotPathParser.Parse(_full);

    [Benchmark]
    public SkillRequest WithoutViewports() => HotPathParser.Parse(_withoutViewports);

    [Benchmark]
    public SkillRequest WithoutViewportsAndToken() => HotPathParser.Parse(_withoutViewportsAndToken);
}
