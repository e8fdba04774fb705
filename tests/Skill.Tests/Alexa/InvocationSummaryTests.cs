using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// The summary keeps the request id as the body's bytes until it is read: written to a log line from those bytes, it
/// reads as the string would, escapes included.
/// </summary>
public sealed class InvocationSummaryTests
{
    private const string Launch = """{"version":"1.0","request":{"type":"LaunchRequest","requestId":REQUEST_ID,"timestamp":"2026-11-27T12:00:00Z","locale":"en-US"}}""";

    [TestCase("\"amzn1.echo-api.request.1\"", "amzn1.echo-api.request.1")]
    [TestCase("\"r\\u00e9q \\\"1\\\"\"", "réq \"1\"")]
    [TestCase("\"réq-ü-1\"", "réq-ü-1")]
    [TestCase("\"\"", "")]
    [TestCase("null", null)]
    public async Task Request_id_is_written_from_the_body_as_the_string_reads(string json, string? expected)
    {
        var body = Encoding.UTF8.GetBytes(Launch.Replace("REQUEST_ID", json, StringComparison.Ordinal));
        var skill = TestSkill.CreateUnverified();

        var summary = (await skill.InvokeAsync(body)).Summary;
        var written = Written(summary);
        var read = summary.RequestId;

        Assert.That(read, Is.EqualTo(expected));
        Assert.That(written, Is.EqualTo(Written(summary)), "written from the string read, as from the body's bytes before");
        Assert.That(JsonDocument.Parse(written).RootElement.GetProperty("id").GetString(), Is.EqualTo(expected));
    }

    [Test]
    public void No_summary_writes_null()
    {
        Assert.That(Written(null), Is.EqualTo("""{"id":null}"""));
    }

    [Test]
    public async Task Summaries_of_the_same_request_are_equal_however_their_ids_are_held()
    {
        var body = Envelopes.Capital("peru", "PE").Bytes();
        var skill = TestSkill.Create();

        var deferred = (await skill.InvokeAsync(body)).Summary;
        var read = (await skill.InvokeAsync(body)).Summary;
        _ = read.RequestId;

        Assert.That(deferred, Is.EqualTo(read));
        Assert.That(deferred.GetHashCode(), Is.EqualTo(read.GetHashCode()));
        Assert.That(deferred, Is.Not.EqualTo(read with { Handler = "another" }));
        Assert.That(deferred, Is.Not.EqualTo((await skill.InvokeAsync(Envelopes.Capital("chile", "CL").Bytes())).Summary));
    }

    private static string Written(InvocationSummary? summary)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            InvocationSummary.WriteRequestId(writer, "id"u8, summary);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
