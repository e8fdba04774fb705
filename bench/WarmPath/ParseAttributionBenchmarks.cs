using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// Where the parse cost goes: the CapitalIntent envelope as sent, then without the parts the skill never reads
/// (context.Viewport and context.Viewports, kept raw; the ~1 KB apiAccessToken, kept as its bytes).
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
    public SkillRequest? Full() => EnvelopeReader.Read(_full).Envelope;

    [Benchmark]
    public SkillRequest? WithoutViewports() => EnvelopeReader.Read(_withoutViewports).Envelope;

    [Benchmark]
    public SkillRequest? WithoutViewportsAndToken() => EnvelopeReader.Read(_withoutViewportsAndToken).Envelope;
}
