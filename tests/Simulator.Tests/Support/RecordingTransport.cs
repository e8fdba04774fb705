using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>Passes envelopes to the real skill and keeps a copy of each request, to assert on what was sent.</summary>
internal sealed class RecordingTransport(ISkillTransport inner) : ISkillTransport
{
    public List<JsonNode> Requests { get; } = [];

    public IEnumerable<string> RequestTypes => Requests.Select(request => request["request"]!["type"]!.GetValue<string>());

    public async Task<SkillReply> SendAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        Requests.Add(JsonNode.Parse(envelope.Span)!);
        return await inner.SendAsync(envelope, cancellationToken);
    }
}
