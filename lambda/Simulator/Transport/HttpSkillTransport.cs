using System.Net.Http.Headers;

namespace WorldCapitals.Simulator.Transport;

/// <summary>POSTs the envelope to a running endpoint (the web host) as Alexa would, and reads the response envelope.</summary>
public sealed class HttpSkillTransport(HttpClient client, Uri endpoint) : ISkillTransport
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    // Longer bodies (an HTML error page) are not worth one line of terminal output.
    private const int MaxQuotedBodyCharacters = 200;

    // One client for the process, as HttpClient is meant to be used; it lives as long as the process does.
    private static readonly HttpClient SharedClient = new() { Timeout = Timeout };

    public static HttpSkillTransport Create(Uri endpoint) => new(SharedClient, endpoint);

    public async Task<SkillReply> SendAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(envelope);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await client.PostAsync(endpoint, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
                return SkillReply.Answered(body);
            return SkillReply.Failed(SkillFailure.NotAnswered, $"{endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}{Quote(body)}");
        }
        catch (HttpRequestException exception)
        {
            return SkillReply.Failed(SkillFailure.NotAnswered, $"cannot reach {endpoint}: {InProcessSkillTransport.OneLine(exception.Message)}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SkillReply.Failed(SkillFailure.NotAnswered, $"cannot reach {endpoint}: no answer within {client.Timeout.TotalSeconds:0} s");
        }
    }

    private static string Quote(byte[] body)
    {
        var text = InProcessSkillTransport.OneLine(System.Text.Encoding.UTF8.GetString(body));
        return text.Length is > 0 and <= MaxQuotedBodyCharacters ? ": " + text : "";
    }
}
