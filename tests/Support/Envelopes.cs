using System.Text;
using System.Text.Json.Nodes;

namespace WorldCapitals.Tests.Support;

/// <summary>Request envelopes for tests, built as JSON so a test can bend any part of them.</summary>
public static class Envelopes
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000001";

    public static JsonObject Launch(string locale = "en-US", DateTimeOffset? timestamp = null) =>
        Envelope(Request("LaunchRequest", locale, timestamp), newSession: true);

    public static JsonObject Intent(
        string intentName,
        string locale = "en-US",
        bool newSession = true,
        JsonObject? slots = null,
        DateTimeOffset? timestamp = null)
    {
        var request = Request("IntentRequest", locale, timestamp);
        request["intent"] = new JsonObject
        {
            ["name"] = intentName,
            ["confirmationStatus"] = "NONE",
            ["slots"] = slots ?? [],
        };
        return Envelope(request, newSession);
    }

    /// <summary>A CapitalIntent as Alexa sends it: the spoken value, and the entity resolution when one is given.</summary>
    public static JsonObject Capital(string? spoken, string? resolvedId = null, bool newSession = true, string locale = "en-US", bool noMatch = false) =>
        IntentWithSlot("CapitalIntent", "country", "COUNTRY", spoken, resolvedId, newSession, locale, noMatch);

    /// <summary>A CityIntent as Alexa sends it: the spoken value, and the entity resolution when one is given.</summary>
    public static JsonObject City(string? spoken, string? resolvedId = null, bool newSession = true, string locale = "en-US") =>
        IntentWithSlot("CityIntent", "city", "CAPITAL_CITY", spoken, resolvedId, newSession, locale, noMatch: false);

    private static JsonObject IntentWithSlot(
        string intent, string slotName, string slotType, string? spoken, string? resolvedId, bool newSession, string locale, bool noMatch)
    {
        var slot = new JsonObject { ["name"] = slotName, ["confirmationStatus"] = "NONE" };
        if (spoken is not null)
        {
            slot["value"] = spoken;
            slot["source"] = "USER";
        }
        if (resolvedId is not null || noMatch)
        {
            var authority = new JsonObject
            {
                ["authority"] = "amzn1.er-authority.echo-sdk." + SkillId + "." + slotType,
                ["status"] = new JsonObject { ["code"] = noMatch ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH" },
            };
            if (resolvedId is not null)
                authority["values"] = new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = spoken, ["id"] = resolvedId } });
            slot["resolutions"] = new JsonObject { ["resolutionsPerAuthority"] = new JsonArray(authority) };
        }
        return Intent(intent, locale, newSession, new JsonObject { [slotName] = slot });
    }

    public static JsonObject SessionEnded(string reason = "USER_INITIATED") =>
        Envelope(Request("SessionEndedRequest", "en-US", null, ("reason", reason)), newSession: false);

    public static JsonObject Of(string requestType, params (string Name, JsonNode? Value)[] members) =>
        Envelope(Request(requestType, "en-US", null, members), newSession: false);

    public static JsonObject Request(string type, string locale, DateTimeOffset? timestamp, params (string Name, JsonNode? Value)[] members)
    {
        var request = new JsonObject
        {
            ["type"] = type,
            ["requestId"] = "amzn1.echo-api.request.test-" + type,
            ["timestamp"] = (timestamp ?? FixedClock.DefaultNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["locale"] = locale,
        };
        foreach (var (name, value) in members)
            request[name] = value;
        return request;
    }

    public static JsonObject Envelope(JsonObject request, bool newSession) => new()
    {
        ["version"] = "1.0",
        ["session"] = new JsonObject
        {
            ["new"] = newSession,
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
                ["apiEndpoint"] = "https://api.amazonalexa.com",
                ["apiAccessToken"] = "token",
            },
        },
        ["request"] = request,
    };

    public static byte[] Bytes(this JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
