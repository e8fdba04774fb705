using System.Net;
using System.Text.Json;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>What the host answered: the status and, for a 400, the short reason code.</summary>
internal sealed record HostAnswer(HttpStatusCode Status, string? Error, string Body)
{
    public static async Task<HostAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        string? error = null;
        if (response.StatusCode != HttpStatusCode.OK && body.Length > 0)
        {
            using var json = JsonDocument.Parse(body);
            error = json.RootElement.GetProperty("error").GetString();
        }
        return new HostAnswer(response.StatusCode, error, body);
    }
}
