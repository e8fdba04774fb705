using System.Globalization;
using System.Text.Json.Nodes;

namespace WorldCapitals.Lambda.Tests;

/// <summary>The hosts' request envelopes from Samples/Host/ (tests/Support), made fresh (timestamp now) and aimed at a chosen skill ID.</summary>
internal static class Samples
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";
    public const string OtherSkillId = "amzn1.ask.skill.99999999-9999-9999-9999-999999999999";

    /// <summary>Strings the samples carry that must never reach a log.</summary>
    public static readonly string[] Secrets = ["SECRET-USER-ID", "SECRET-ACCESS-TOKEN", "SECRET-API-ACCESS-TOKEN", "SECRET-DEVICE-ID"];

    public static byte[] Envelope(string name, string skillId = SkillId)
    {
        var path = Path.Combine(SampleEnvelopes.HostDirectory, name + ".json");
        var envelope = JsonNode.Parse(File.ReadAllText(path))!;
        envelope["request"]!["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        envelope["session"]!["application"]!["applicationId"] = skillId;
        envelope["context"]!["System"]!["application"]!["applicationId"] = skillId;
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    /// <summary>A public request sample (tests/Support/Samples) as it is, but sent now: its timestamp is the current
    /// time, in the sample's own form (epoch milliseconds or ISO 8601).</summary>
    public static byte[] Public(string file)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(SampleEnvelopes.PathOf(file)))!;
        var request = envelope["request"]!;
        var now = DateTimeOffset.UtcNow;
        request["timestamp"] = request["timestamp"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? now.ToUnixTimeMilliseconds()
            : now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
