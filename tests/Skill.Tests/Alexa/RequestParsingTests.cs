using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

public sealed class RequestParsingTests
{
    private static Request Parse(JsonNode envelope) => EnvelopeReading.Read(envelope).Request!;

    [Test]
    public void Reflection_based_serialization_is_off_in_tests()
    {
        Assert.That(JsonSerializer.IsReflectionEnabledByDefault, Is.False);
    }

    [Test]
    public void Launch_request_is_parsed_with_its_common_fields()
    {
        var request = Parse(Envelopes.Launch("en-GB"));

        Assert.That(request, Is.InstanceOf<LaunchRequest>());
        Assert.That(request.Type, Is.EqualTo("LaunchRequest"));
        Assert.That(request.RequestId, Is.EqualTo("amzn1.echo-api.request.test-LaunchRequest"));
        Assert.That(request.Locale, Is.EqualTo("en-GB"));
        Assert.That(request.Timestamp, Is.EqualTo(FixedClock.DefaultNow));
    }

    [TestCase("\"france\"", "france")]
    [TestCase("\"c\\u00f4te d'ivoire\"", "côte d'ivoire")]
    [TestCase("\"são tomé\"", "são tomé")]
    [TestCase("\"\"", "")]
    [TestCase("null", null)]
    public void A_slot_value_read_from_the_body_on_first_use_reads_as_sent(string json, string? expected)
    {
        var body = Encoding.UTF8.GetBytes("""{"request":{"type":"IntentRequest","intent":{"name":"CapitalIntent","slots":{"country":{"name":"country","value":""" + json + "}}}}}");
        var slot = ((IntentRequest)EnvelopeReading.Read(body).Request!).Intent!.Slots!["country"];

        var first = slot.Value;

        Assert.That(first, Is.EqualTo(expected));
        Assert.That(slot.Value, Is.SameAs(first), "read once, then kept");
    }

    [Test]
    public void Intent_request_is_parsed_with_slots_resolutions_and_dialog_state()
    {
        var envelope = Envelopes.Intent("CapitalIntent", slots: new JsonObject
        {
            ["country"] = new JsonObject
            {
                ["name"] = "country",
                ["value"] = "france",
                ["confirmationStatus"] = "NONE",
                ["resolutions"] = new JsonObject
                {
                    ["resolutionsPerAuthority"] = new JsonArray(new JsonObject
                    {
                        ["authority"] = "amzn1.er-authority.echo-sdk.x.COUNTRY",
                        ["status"] = new JsonObject { ["code"] = "ER_SUCCESS_MATCH" },
                        ["values"] = new JsonArray(new JsonObject { ["value"] = new JsonObject { ["name"] = "France", ["id"] = "FR" } }),
                    }),
                },
                ["slotValue"] = new JsonObject { ["type"] = "Simple", ["value"] = "france" },
            },
        });
        envelope["request"]!["dialogState"] = "IN_PROGRESS";

        var request = (IntentRequest)Parse(envelope);

        Assert.That(request.DialogState, Is.EqualTo("IN_PROGRESS"));
        Assert.That(request.Intent!.Name, Is.EqualTo("CapitalIntent"));
        Assert.That(request.Intent.ConfirmationStatus, Is.EqualTo("NONE"));
        var slot = request.Intent.GetSlot("country")!;
        Assert.That(slot.Value, Is.EqualTo("france"));
        Assert.That(slot.SlotValue!.Type, Is.EqualTo("Simple"));
        Assert.That(slot.Resolutions!.ResolutionsPerAuthority![0].Values![0].Value!.Id, Is.EqualTo("FR"));
        Assert.That(request.Intent.GetSlot("missing"), Is.Null);
    }

    [Test]
    public void Session_ended_request_is_parsed()
    {
        var envelope = Envelopes.SessionEnded("EXCEEDED_MAX_REPROMPTS");

        var request = (SessionEndedRequest)Parse(envelope);

        Assert.That(request.Reason, Is.EqualTo("EXCEEDED_MAX_REPROMPTS"));
        Assert.That(request.Error, Is.Null);
    }

    [Test]
    public void Exception_encountered_request_is_parsed_with_error_and_cause()
    {
        var envelope = Envelopes.Of("System.ExceptionEncountered",
            ("error", new JsonObject { ["type"] = "INVALID_RESPONSE", ["message"] = "bad directive" }),
            ("cause", new JsonObject { ["requestId"] = "amzn1.echo-api.request.earlier" }));

        var request = (ExceptionEncounteredRequest)Parse(envelope);

        Assert.That(request.Type, Is.EqualTo("System.ExceptionEncountered"));
        Assert.That(request.Error!.Type, Is.EqualTo("INVALID_RESPONSE"));
        Assert.That(request.Cause!.RequestId, Is.EqualTo("amzn1.echo-api.request.earlier"));
    }

    [Test]
    public void Apl_user_event_keeps_arbitrary_arguments_as_json()
    {
        var envelope = Envelopes.Of("Alexa.Presentation.APL.UserEvent",
            ("token", "menuScreen"),
            ("arguments", new JsonArray("addTopping", new JsonObject { ["qty"] = 2 })),
            ("source", new JsonObject { ["type"] = "TouchWrapper", ["handler"] = "Press" }),
            ("components", new JsonObject()));

        var request = (AplUserEventRequest)Parse(envelope);

        Assert.That(request.Token, Is.EqualTo("menuScreen"));
        Assert.That(request.Arguments!.Value[1].GetProperty("qty").GetInt32(), Is.EqualTo(2));
        Assert.That(request.Source!.Value.GetProperty("handler").GetString(), Is.EqualTo("Press"));
    }

    [Test]
    public void Can_fulfill_intent_request_is_parsed()
    {
        var envelope = Envelopes.Of("CanFulfillIntentRequest", ("intent", new JsonObject { ["name"] = "CapitalIntent", ["slots"] = new JsonObject() }));

        var request = (CanFulfillIntentRequest)Parse(envelope);

        Assert.That(request.Intent!.Name, Is.EqualTo("CapitalIntent"));
    }

    [TestCase("AudioPlayer.PlaybackStarted")]
    [TestCase("AlexaSkillEvent.SkillEnabled")]
    [TestCase("Some.Future.RequestType")]
    public void Unknown_request_type_keeps_its_name_and_raw_json(string type)
    {
        var envelope = Envelopes.Of(type, ("token", "abc"), ("offsetInMilliseconds", 1200));

        var request = (UnknownRequest)Parse(envelope);

        Assert.That(request.Type, Is.EqualTo(type));
        Assert.That(request.RequestId, Is.EqualTo("amzn1.echo-api.request.test-" + type));
        Assert.That(request.Timestamp, Is.EqualTo(FixedClock.DefaultNow));
        Assert.That(request.Raw.GetProperty("offsetInMilliseconds").GetInt32(), Is.EqualTo(1200));
    }

    [Test]
    public void Type_may_be_the_last_member_of_the_request()
    {
        const string json = """
            {"version":"1.0","request":{"requestId":"r1","locale":"en-US","timestamp":"2026-11-27T12:00:00Z",
             "intent":{"name":"AMAZON.HelpIntent","slots":{"x":{"name":"x","type":"not-the-discriminator"}}},
             "type":"IntentRequest"}}
            """;

        var request = EnvelopeReading.Read(Encoding.UTF8.GetBytes(json)).Request!;

        Assert.That(request, Is.InstanceOf<IntentRequest>());
        Assert.That(((IntentRequest)request).Intent!.Name, Is.EqualTo("AMAZON.HelpIntent"));
    }

    [Test]
    public void Unknown_properties_are_ignored_everywhere()
    {
        var envelope = Envelopes.Launch();
        envelope["brandNew"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        envelope["request"]!["shouldLinkResultBeReturned"] = false;
        envelope["context"]!["System"]!["futureField"] = "x";
        envelope["session"]!["somethingElse"] = 42;

        var request = Parse(envelope);

        Assert.That(request, Is.InstanceOf<LaunchRequest>());
    }

    // Member names are compared as their unescaped bytes: an escaped name is the same member, at every level.
    [TestCase("request", "\\u0072equest")]
    [TestCase("locale", "\\u006Cocale")]
    [TestCase("System", "\\u0053ystem")]
    [TestCase("applicationId", "applicationI\\u0064")]
    [TestCase("value", "\\u0076alue")]
    public void An_escaped_member_name_is_read_as_its_name(string name, string escaped)
    {
        var envelope = Envelopes.Intent("CapitalIntent", slots: new JsonObject
        {
            ["country"] = new JsonObject { ["name"] = "country", ["value"] = "france", ["confirmationStatus"] = "NONE" },
        });
        var json = envelope.ToJsonString();
        Assert.That(json, Does.Contain($"\"{name}\":"));

        var parsed = EnvelopeReading.Read(Encoding.UTF8.GetBytes(json.Replace($"\"{name}\":", $"\"{escaped}\":", StringComparison.Ordinal)));

        var request = (IntentRequest)parsed.Request!;
        Assert.That(request.Locale, Is.EqualTo("en-US"));
        Assert.That(request.Intent!.Slots!["country"].Value, Is.EqualTo("france"));
        Assert.That(parsed.ApplicationId, Is.Not.Null.And.EqualTo(EnvelopeReading.Read(envelope).ApplicationId));
    }

    [TestCase("reason", "SOMETHING_NEW")]
    [TestCase("dialogState", "PAUSED")]
    public void Unexpected_enum_like_values_are_kept_as_strings(string member, string value)
    {
        var envelope = member == "reason" ? Envelopes.SessionEnded(value) : Envelopes.Intent("AMAZON.HelpIntent");
        envelope["request"]![member] = value;

        var request = Parse(envelope);

        var actual = request switch
        {
            SessionEndedRequest ended => ended.Reason,
            IntentRequest intent => intent.DialogState,
            _ => null,
        };
        Assert.That(actual, Is.EqualTo(value));
    }

    [Test]
    public void Unexpected_confirmation_status_and_resolution_code_are_kept()
    {
        var envelope = Envelopes.Intent("CapitalIntent", slots: new JsonObject
        {
            ["country"] = new JsonObject
            {
                ["name"] = "country",
                ["confirmationStatus"] = "MAYBE_LATER",
                ["resolutions"] = new JsonObject
                {
                    ["resolutionsPerAuthority"] = new JsonArray(new JsonObject { ["status"] = new JsonObject { ["code"] = "ER_SOMETHING_NEW" } }),
                },
            },
        });
        envelope["request"]!["intent"]!["confirmationStatus"] = "UNSURE";

        var intent = ((IntentRequest)Parse(envelope)).Intent!;

        Assert.That(intent.ConfirmationStatus, Is.EqualTo("UNSURE"));
        Assert.That(intent.GetSlot("country")!.ConfirmationStatus, Is.EqualTo("MAYBE_LATER"));
        Assert.That(intent.GetSlot("country")!.Resolutions!.ResolutionsPerAuthority![0].Status!.Code, Is.EqualTo("ER_SOMETHING_NEW"));
    }

    [Test]
    public void Timestamp_in_epoch_milliseconds_is_accepted()
    {
        var envelope = Envelopes.Launch();
        envelope["request"]!["timestamp"] = FixedClock.DefaultNow.ToUnixTimeMilliseconds();

        var request = Parse(envelope);

        Assert.That(request.Timestamp, Is.EqualTo(FixedClock.DefaultNow));
    }

    [Test]
    public void Timestamp_with_offset_is_normalised_to_utc()
    {
        var envelope = Envelopes.Launch();
        envelope["request"]!["timestamp"] = "2026-11-27T13:00:00+01:00";

        var request = Parse(envelope);

        Assert.That(request.Timestamp!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(request.Timestamp, Is.EqualTo(FixedClock.DefaultNow));
    }

    [Test]
    public void Missing_session_and_context_are_allowed()
    {
        var envelope = Envelopes.Launch();
        envelope.Remove("session");
        envelope.Remove("context");

        var parsed = EnvelopeReading.Read(envelope);

        Assert.That(parsed.Session, Is.Null);
        Assert.That(parsed.Context, Is.Null);
        Assert.That(parsed.ApplicationId, Is.Null);
    }

    [Test]
    public void Application_id_comes_from_context_before_session()
    {
        var envelope = Envelopes.Launch();
        envelope["session"]!["application"]!["applicationId"] = "from-session";
        envelope["context"]!["System"]!["application"]!["applicationId"] = "from-context";

        var parsed = EnvelopeReading.Read(envelope);

        Assert.That(parsed.ApplicationId, Is.EqualTo("from-context"));
    }
}
