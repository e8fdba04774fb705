using System.Globalization;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Envelopes;

/// <summary>
/// Builds request envelopes as Alexa sends them: a fresh requestId, the current timestamp, the locale, the
/// session (new flag, sessionId, application, user) and context.System (application, user, device with its
/// supported interfaces, apiEndpoint). One factory is one simulated user on one device.
/// </summary>
public sealed class EnvelopeFactory(string skillId, string locale, TimeProvider clock)
{
    public const string ApiEndpoint = "https://api.amazonalexa.com";

    private readonly string _userId = "amzn1.ask.account.SIMULATOR" + NewId();
    private readonly string _deviceId = "amzn1.ask.device.SIMULATOR" + NewId();

    public string SkillId { get; } = skillId;

    public string Locale { get; } = locale;

    public static string NewSessionId() => "amzn1.echo-api.session." + Guid.NewGuid().ToString("D");

    public JsonObject Launch(string sessionId) => Envelope(Request("LaunchRequest"), sessionId, isNew: true);

    public JsonObject Intent(Interpretation interpretation, string sessionId, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        var slots = new JsonObject();
        foreach (var slot in interpretation.Slots)
            slots[slot.Name] = Slot(slot);
        var request = Request("IntentRequest");
        request["intent"] = new JsonObject
        {
            ["name"] = interpretation.IntentName,
            ["confirmationStatus"] = "NONE",
            ["slots"] = slots,
        };
        return Envelope(request, sessionId, isNew);
    }

    public JsonObject SessionEnded(string sessionId, string reason = "USER_INITIATED")
    {
        var request = Request("SessionEndedRequest");
        request["reason"] = reason;
        return Envelope(request, sessionId, isNew: false);
    }

    private JsonObject Slot(FilledSlot slot)
    {
        var node = new JsonObject { ["name"] = slot.Name, ["confirmationStatus"] = "NONE" };
        if (slot.Value is null)
            return node;
        node["value"] = slot.Value;
        node["source"] = "USER";
        var simple = new JsonObject { ["type"] = "Simple", ["value"] = slot.Value };
        if (slot.Resolution is not null)
        {
            node["resolutions"] = Resolutions(slot.Resolution);
            simple["resolutions"] = Resolutions(slot.Resolution);
        }
        node["slotValue"] = simple;
        return node;
    }

    private JsonObject Resolutions(SlotResolution resolution)
    {
        var authority = new JsonObject
        {
            ["authority"] = $"amzn1.er-authority.echo-sdk.{SkillId}.{resolution.TypeName}",
            ["status"] = new JsonObject { ["code"] = resolution.StatusCode },
        };
        if (resolution.IsMatch)
        {
            var values = new JsonArray();
            foreach (var match in resolution.Matches)
            {
                var value = new JsonObject { ["name"] = match.Name };
                if (match.Id is not null)
                    value["id"] = match.Id;
                values.Add(new JsonObject { ["value"] = value });
            }
            authority["values"] = values;
        }
        return new JsonObject { ["resolutionsPerAuthority"] = new JsonArray(authority) };
    }

    private JsonObject Request(string type) => new()
    {
        ["type"] = type,
        ["requestId"] = "amzn1.echo-api.request." + Guid.NewGuid().ToString("D"),
        ["timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["locale"] = Locale,
    };

    private JsonObject Envelope(JsonObject request, string sessionId, bool isNew) => new()
    {
        ["version"] = "1.0",
        ["session"] = new JsonObject
        {
            ["new"] = isNew,
            ["sessionId"] = sessionId,
            ["application"] = new JsonObject { ["applicationId"] = SkillId },
            ["user"] = new JsonObject { ["userId"] = _userId },
        },
        ["context"] = new JsonObject
        {
            ["System"] = new JsonObject
            {
                ["application"] = new JsonObject { ["applicationId"] = SkillId },
                ["user"] = new JsonObject { ["userId"] = _userId },
                ["device"] = new JsonObject
                {
                    ["deviceId"] = _deviceId,
                    ["supportedInterfaces"] = new JsonObject(),
                },
                ["apiEndpoint"] = ApiEndpoint,
                ["apiAccessToken"] = "simulator." + NewId(),
            },
        },
        ["request"] = request,
    };

    private static string NewId() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
