using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>
/// The warm path split into its stages, to see what dominates: parse only (bytes to envelope), dispatch only
/// (verify, route, look up, build the typed response), serialize only (typed response to bytes, through the
/// serializer's metadata and through ResponseWriter).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SkillEntryPoint _skill = null!;
    private byte[] _body = [];
    private SkillRequest _envelope = null!;
    private SkillResponse _response = null!;

    [ParamsSource(nameof(Envelopes))]
    public string Envelope { get; set; } = "";

    public static IEnumerable<string> Envelopes => BenchEnvelopes.Names;

    [GlobalSetup]
    public void Setup()
    {
        _skill = SkillFactory.Create();
        _body = BenchEnvelopes.Read(Envelope);
        _envelope = Parse() ?? throw new InvalidOperationException($"{Envelope} was refused.");
        var result = _skill.InvokeAsync(_envelope).AsTask().GetAwaiter().GetResult();
        _response = result.Response ?? throw new InvalidOperationException($"No response for {Envelope}: {result.Error?.Message}");
    }

    [Benchmark]
    public SkillRequest? Parse() => EnvelopeReader.Read(_body).Envelope;

    [Benchmark]
    public SkillResponse? Dispatch()
    {
        var pending = _skill.InvokeAsync(_envelope);
        return pending.IsCompletedSuccessfully ? pending.Result.Response : pending.AsTask().GetAwaiter().GetResult().Response;
    }

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_response, AlexaJson.SkillResponse);

    /// <summary>What the entry point does since ResponseWriter: the same bytes without serializer metadata.</summary>
    [Benchmark]
    public byte[] Write() => ResponseWriter.ToUtf8Bytes(_response);
}
