using System.Globalization;
using System.Text.Json.Nodes;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// Test events are often templates whose timestamp is a placeholder ("now", "string", "{{timestamp}}"). The skill
/// reads a timestamp as an ISO 8601 string or epoch milliseconds and refuses anything else; `invoke` finds such a
/// placeholder first, so it can say what is wrong (and, with the timestamp check off, send the current time instead).
/// </summary>
internal static class PlaceholderTimestamp
{
    /// <summary><c>request.timestamp</c> when it is there and is not a date the skill can read; null otherwise.</summary>
    public static JsonNode? Find(JsonObject envelope)
    {
        if (envelope["request"] is not JsonObject request || request["timestamp"] is not JsonNode timestamp)
            return null;
        return IsDate(timestamp) ? null : timestamp;
    }

    public static void ReplaceWithNow(JsonObject envelope, DateTimeOffset now) =>
        envelope["request"]!["timestamp"] = FormatNow(now);

    /// <summary>The time as Alexa writes it, to suggest in messages.</summary>
    public static string FormatNow(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static bool IsDate(JsonNode timestamp)
    {
        if (timestamp is not JsonValue value)
            return false;
        if (value.TryGetValue<string>(out var text))
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
        return value.TryGetValue<long>(out var milliseconds)
            && milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
            && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
    }
}
