using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>CapitalIntent envelopes as Alexa sends them (the shape of tests/Skill.Tests/Support/Envelopes.cs).</summary>
internal static class Envelopes
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary>"What's the capital of X", resolved by Alexa to the country with this id.</summary>
    public static byte[] Capital(string spoken, string resolvedId, string locale = "en-US")
    {
        var slot = new JsonObject
        {
            ["name"] = "country",
            ["value"] = spoken,
            ["source"] = "USER",
            ["confirmationStatus"] = "NONE",
            ["resolutions"] = new JsonObject
            {
                ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
                {
                    ["authority"] = "amzn1.er-authority.echo-sdk." + SkillId + ".COUNTRY",
                    ["status"] = new JsonObject { ["code"] = "ER_SUCCESS_MATCH" },
                    ["values"] = new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = spoken, ["id"] = resolvedId } }),
                }),
            },
        };
        var envelope = new JsonObject
        {
            ["version"] = "1.0",
            ["session"] = new JsonObject
            {
                ["new"] = true,
                ["sessionId"] = "amzn1.echo-api.session.test",
                ["application"] = new JsonObject { ["applicationId"] = SkillId },
                ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.test" },
            },
            ["context"] = new JsonObject
            {
                ["System"] = new JsonObject
                {
                    ["application"] = new JsonObject { ["applicationId"] = SkillId },
                    ["user"] = new JsonObject { ["userId"] = "amzn1.ask.account.test" },
                    ["device"] = new JsonObject { ["deviceId"] = "amzn1.ask.device.test", ["supportedInterfaces"] = new JsonObject() },
                },
            },
            ["request"] = new JsonObject
            {
                ["type"] = "IntentRequest",
                ["requestId"] = "amzn1.echo-api.request.test-capital",
                ["timestamp"] = Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["locale"] = locale,
                ["intent"] = new JsonObject
                {
                    ["name"] = "CapitalIntent",
                    ["confirmationStatus"] = "NONE",
                    ["slots"] = new JsonObject { ["country"] = slot },
                },
            },
        };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}
