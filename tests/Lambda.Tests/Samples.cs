using System.Globalization;
using System.Text.Json.Nodes;

namespace WorldCapitals.Lambda.Tests;

/// <summary>Real Alexa request envelopes from Samples/, made fresh (timestamp now) and aimed at a chosen skill ID.</summary>
internal static class Samples
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";
    public const string OtherSkillId = "amzn1.ask.skill.99999999-9999-9999-9999-999999999999";

    /// <summary>Strings the samples carry that must never reach a log.</summary>
    public static readonly string[] Secrets = ["SECRET-USER-ID", "SECRET-ACCESS-TOKEN", "SECRET-API-ACCESS-TOKEN", "SECRET-DEVICE-ID"];

    public static byte[] Envelope(string name, string skillId = SkillId)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples", name + ".json");
        var envelope = JsonNode.Parse(File.ReadAllText(path))!;
        envelope["request"]!["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        envelope["session"]!["application"]!["applicationId"] = skillId;
        envelope["context"]!["System"]!["application"]!["applicationId"] = skillId;
        return System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
