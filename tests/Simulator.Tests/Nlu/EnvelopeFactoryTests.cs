using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Simulator.Envelopes;
using WorldCapitals.Simulator.Tests.Support;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Simulator.Tests.Nlu;

public class EnvelopeFactoryTests
{
    private const string SkillId = "amzn1.ask.skill.test-simulator";
    private static readonly DateTimeOffset Now = new(2030, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static EnvelopeFactory Factory() => new(SkillId, "en-GB", new FixedTime(Now));

    [Test]
    public void An_intent_envelope_parses_in_the_skill_with_its_resolution()
    {
        var interpretation = TinyModel.Nlu.Recognize("capital of uk")!;
        var json = Factory().Intent(interpretation, "session-1", isNew: true);

        var parsed = EnvelopeReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString())).Envelope!;

        var intent = ((IntentRequest)parsed.Request!).Intent!;
        var authority = intent.GetSlot("country")!.Resolutions!.ResolutionsPerAuthority![0];
        Assert.Multiple(() =>
        {
            Assert.That(intent.Name, Is.EqualTo("CapitalIntent"));
            Assert.That(intent.GetSlot("country")!.Value, Is.EqualTo("uk"));
            Assert.That(authority.Status!.Code, Is.EqualTo("ER_SUCCESS_MATCH"));
            Assert.That(authority.Values![0].Value!.Id, Is.EqualTo("GB"));
            Assert.That(authority.Values[0].Value!.Name, Is.EqualTo("United Kingdom"));
            Assert.That(authority.Authority, Is.EqualTo($"amzn1.er-authority.echo-sdk.{SkillId}.COUNTRY"));
            Assert.That(parsed.ApplicationId, Is.EqualTo(SkillId));
            Assert.That(parsed.Session!.New, Is.True);
            Assert.That(parsed.Request!.Locale, Is.EqualTo("en-GB"));
        });
    }

    [Test]
    public void Every_envelope_carries_a_fresh_request_id_and_the_current_timestamp()
    {
        var factory = Factory();
        var first = factory.Launch("s");
        var second = factory.Launch("s");

        Assert.Multiple(() =>
        {
            Assert.That(first["request"]!["requestId"]!.GetValue<string>(), Does.StartWith("amzn1.echo-api.request."));
            Assert.That(first["request"]!["requestId"]!.GetValue<string>(), Is.Not.EqualTo(second["request"]!["requestId"]!.GetValue<string>()));
            Assert.That(DateTimeOffset.Parse(first["request"]!["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.EqualTo(Now));
        });
    }

    [Test]
    public void The_session_and_context_are_those_of_one_user_on_one_device()
    {
        var factory = Factory();
        var launch = factory.Launch("session-9");
        var ended = factory.SessionEnded("session-9");

        Assert.Multiple(() =>
        {
            Assert.That(launch["session"]!["sessionId"]!.GetValue<string>(), Is.EqualTo("session-9"));
            Assert.That(launch["session"]!["new"]!.GetValue<bool>(), Is.True);
            Assert.That(ended["session"]!["new"]!.GetValue<bool>(), Is.False);
            Assert.That(ended["request"]!["reason"]!.GetValue<string>(), Is.EqualTo("USER_INITIATED"));
            Assert.That(launch["context"]!["System"]!["user"]!["userId"]!.GetValue<string>(),
                Is.EqualTo(ended["session"]!["user"]!["userId"]!.GetValue<string>()));
            Assert.That(launch["context"]!["System"]!["device"]!["supportedInterfaces"], Is.InstanceOf<JsonObject>());
            Assert.That(launch["context"]!["System"]!["apiEndpoint"]!.GetValue<string>(), Is.EqualTo("https://api.amazonalexa.com"));
            Assert.That(launch["context"]!["System"]!["application"]!["applicationId"]!.GetValue<string>(), Is.EqualTo(SkillId));
        });
    }

    [Test]
    public void A_no_match_slot_has_a_status_and_no_values()
    {
        var json = Factory().Intent(TinyModel.Nlu.Recognize("what about narnia")!, "s", isNew: false);

        var authority = json["request"]!["intent"]!["slots"]!["country"]!["resolutions"]!["resolutionsPerAuthority"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(authority["status"]!["code"]!.GetValue<string>(), Is.EqualTo("ER_SUCCESS_NO_MATCH"));
            Assert.That(authority["values"], Is.Null);
            Assert.That(json["request"]!["intent"]!["slots"]!["country"]!["value"]!.GetValue<string>(), Is.EqualTo("narnia"));
        });
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
