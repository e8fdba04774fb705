using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// Every case runs twice: through the serializer's metadata and through <see cref="ResponseWriter"/> (what hosts send),
/// which must write the same bytes, also for the shapes it hands on to the serializer.
/// </summary>
[TestFixture(ResponseWriting.Serializer)]
[TestFixture(ResponseWriting.ResponseWriter)]
public sealed class ResponseSerializationTests(ResponseWriting writing)
{
    private string Serialize(SkillResponse response) => writing == ResponseWriting.Serializer
        ? JsonSerializer.Serialize(response, AlexaJson.SkillResponse)
        : Encoding.UTF8.GetString(ResponseWriter.ToUtf8Bytes(response));

    [TestCase(true, """{"version":"1.0","response":{"shouldEndSession":true}}""")]
    [TestCase(false, """{"version":"1.0","response":{"shouldEndSession":false}}""")]
    [TestCase(null, """{"version":"1.0","response":{}}""")]
    public void Should_end_session_keeps_three_distinct_states_on_the_wire(bool? value, string expected)
    {
        var response = new ResponseBuilder().EndSession(value).Build();

        Assert.That(Serialize(response), Is.EqualTo(expected));
    }

    [Test]
    public void Empty_response_is_version_and_an_empty_body()
    {
        Assert.That(Serialize(ResponseBuilder.Empty()), Is.EqualTo("""{"version":"1.0","response":{}}"""));
    }

    [Test]
    public void Ssml_is_written_readably_with_speech_reprompt_and_card()
    {
        var response = new ResponseBuilder()
            .Speak(SsmlBuilder.FromText("Tom & Jerry"))
            .Reprompt(SsmlBuilder.FromText("Again?"))
            .WithSimpleCard("Title", "Line 1\nLine 2")
            .EndSession(false)
            .Build();

        Assert.That(Serialize(response), Is.EqualTo(
            """{"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Tom &amp; Jerry</speak>"},"card":{"type":"Simple","title":"Title","content":"Line 1\nLine 2"},"reprompt":{"outputSpeech":{"type":"SSML","ssml":"<speak>Again?</speak>"}},"shouldEndSession":false}}"""));
    }

    [Test]
    public void Plain_text_speech_carries_its_play_behavior()
    {
        var response = new ResponseBuilder().SpeakPlainText("Hi", PlayBehaviors.ReplaceAll).Build();

        Assert.That(Serialize(response), Is.EqualTo("""{"version":"1.0","response":{"outputSpeech":{"type":"PlainText","text":"Hi","playBehavior":"REPLACE_ALL"}}}"""));
    }

    [Test]
    public void Ssml_speech_carries_its_play_behavior_after_the_document()
    {
        var response = new ResponseBuilder().Speak(SsmlBuilder.FromText("Hi"), PlayBehaviors.Enqueue).Build();

        Assert.That(Serialize(response), Is.EqualTo("""{"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Hi</speak>","playBehavior":"ENQUEUE"}}}"""));
    }

    [Test]
    public void Text_outside_ascii_quotes_and_control_characters_are_escaped_as_the_serializer_does()
    {
        var response = new ResponseBuilder()
            .SpeakPlainText("Zürich \"Ö\" 🙂 tab\there \u2028 <b>")
            .WithSimpleCard("Côte d'Ivoire", "Yamoussoukro\r\n\\ \u0001")
            .Build();

        Assert.That(Serialize(response), Is.EqualTo(
            """{"version":"1.0","response":{"outputSpeech":{"type":"PlainText","text":"Zürich \"Ö\" \uD83D\uDE42 tab\there \u2028 <b>"},"card":{"type":"Simple","title":"Côte d'Ivoire","content":"Yamoussoukro\r\n\\ \u0001"}}}"""));
    }

    [Test]
    public void User_agent_and_a_standard_card_without_image_are_written_in_declaration_order()
    {
        var response = new SkillResponse
        {
            UserAgent = "agent/1",
            Response = new ResponseBody { Card = new StandardCard { Title = "T" }, ShouldEndSession = true },
        };

        Assert.That(Serialize(response), Is.EqualTo("""{"version":"1.0","userAgent":"agent/1","response":{"card":{"type":"Standard","title":"T"},"shouldEndSession":true}}"""));
    }

    [Test]
    public void Every_card_type_is_written_with_its_own_members()
    {
        Card[] cards =
        [
            new StandardCard { Title = "T", Text = "X", Image = new CardImage { SmallImageUrl = "https://s", LargeImageUrl = "https://l" } },
            new LinkAccountCard(),
            new AskForPermissionsConsentCard { Permissions = ["alexa::devices:all:geolocation:read"] },
        ];

        var written = cards.Select(card => JsonNode.Parse(Serialize(new ResponseBuilder().WithCard(card).Build()))!["response"]!["card"]!.ToJsonString());

        Assert.That(written, Is.EqualTo(new[]
        {
            """{"type":"Standard","title":"T","text":"X","image":{"smallImageUrl":"https://s","largeImageUrl":"https://l"}}""",
            """{"type":"LinkAccount"}""",
            """{"type":"AskForPermissionsConsent","permissions":["alexa::devices:all:geolocation:read"]}""",
        }));
    }

    [Test]
    public void Dialog_and_apl_directives_are_written_with_their_type()
    {
        using var document = JsonDocument.Parse("""{"type":"Link","src":"doc://alexa/apl/documents/Capital"}""");
        var response = new ResponseBuilder()
            .AddDirective(new DialogDelegateDirective())
            .AddDirective(new DialogElicitSlotDirective { SlotToElicit = "country" })
            .AddDirective(new DialogConfirmSlotDirective { SlotToConfirm = "country" })
            .AddDirective(new DialogConfirmIntentDirective())
            .AddDirective(new AplRenderDocumentDirective { Token = "t", Document = document.RootElement.Clone() })
            .Build();

        var directives = JsonNode.Parse(Serialize(response))!["response"]!["directives"]!.AsArray();

        Assert.That(directives.Select(d => d!.ToJsonString()), Is.EqualTo(new[]
        {
            """{"type":"Dialog.Delegate"}""",
            """{"type":"Dialog.ElicitSlot","slotToElicit":"country"}""",
            """{"type":"Dialog.ConfirmSlot","slotToConfirm":"country"}""",
            """{"type":"Dialog.ConfirmIntent"}""",
            """{"type":"Alexa.Presentation.APL.RenderDocument","token":"t","document":{"type":"Link","src":"doc://alexa/apl/documents/Capital"}}""",
        }));
    }

    [Test]
    public void Can_fulfill_intent_is_written_without_anything_else()
    {
        var response = new ResponseBuilder().WithCanFulfillIntent(new CanFulfillIntent
        {
            CanFulfill = CanFulfillValues.Yes,
            Slots = new() { ["country"] = new CanFulfillSlot { CanUnderstand = CanFulfillValues.Yes, CanFulfill = CanFulfillValues.Yes } },
        }).Build();

        Assert.That(Serialize(response), Is.EqualTo("""{"version":"1.0","response":{"canFulfillIntent":{"canFulfill":"YES","slots":{"country":{"canUnderstand":"YES","canFulfill":"YES"}}}}}"""));
    }
}

public enum ResponseWriting
{
    Serializer,
    ResponseWriter,
}
