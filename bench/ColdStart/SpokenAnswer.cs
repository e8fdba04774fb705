using System.Text;
using System.Text.Json;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>What a response says: speech, reprompt, card and whether the session ends. Hosts are compared on this.</summary>
internal sealed record SpokenAnswer(string? Ssml, bool? ShouldEndSession, string? Reprompt, string? CardTitle, string? CardContent)
{
    public static SpokenAnswer From(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("response", out var response))
            throw new InvalidDataException($"Not a skill response: {Encoding.UTF8.GetString(body)}");
        return new SpokenAnswer(
            Text(response, "outputSpeech", "ssml"),
            response.TryGetProperty("shouldEndSession", out var end) && end.ValueKind != JsonValueKind.Null ? end.GetBoolean() : null,
            Text(response, "reprompt", "outputSpeech", "ssml"),
            Text(response, "card", "title"),
            Text(response, "card", "content"));
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                return null;
        }
        return element.GetString();
    }
}
