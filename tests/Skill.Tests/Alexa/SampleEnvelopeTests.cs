using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>Every real sample envelope from public projects, through the real protocol layer.</summary>
public sealed class SampleEnvelopeTests
{
    private static readonly string SamplesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples");

    /// <summary>Request types that get a spoken answer; every other request type must get none.</summary>
    private static readonly string[] SpeakingRequestTypes = ["LaunchRequest", "IntentRequest"];

    /// <summary>Every request envelope in the folder (a JSON object with a <c>request</c>), found on disk so a new file is tested without a list to edit.</summary>
    public static IEnumerable<string> RequestSamples() => SampleEnvelopes.RequestFiles();

    /// <summary>Request samples whose type must not speak: audio and playback events, skill events, messages, session ends...</summary>
    public static IEnumerable<string> SilentRequestSamples() =>
        RequestSamples().Where(file => !SpeakingRequestTypes.Contains(RequestType(file)));

    public static IEnumerable<string> ResponseSamples() =>
    [
        "timheuer__alexa-skills-dotnet__Response.json",
        "jovotech__jovo-framework__LinkAccountCardAsk.json",
    ];

    [Test]
    public void Every_sample_file_is_covered_by_a_test()
    {
        // Arrange
        var covered = RequestSamples().Concat(ResponseSamples()).Concat(
        [
            "timheuer__alexa-skills-dotnet__MultiValueSlot.json",
            "timheuer__alexa-skills-dotnet__DialogElicitSlot.json",
            "stoiveyp__Alexa.NET.CanFulfillIntentRequest__CanFulfillResponse.json",
        ]);

        // Act
        var files = Directory.GetFiles(SamplesDirectory, "*.json").Select(Path.GetFileName);

        // Assert
        Assert.That(files, Is.EquivalentTo(covered));
        Assert.That(RequestSamples().Count(), Is.EqualTo(26), "SOURCES.md lists every request sample; keep the two in step");
    }

    [Test]
    public void Samples_cover_the_request_types_alexa_sends()
    {
        var types = RequestSamples().Select(RequestType).ToHashSet();

        Assert.That(types, Is.SupersetOf(new[]
        {
            "LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
            "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackStopped", "AudioPlayer.PlaybackFinished",
            "AudioPlayer.PlaybackNearlyFinished", "AudioPlayer.PlaybackFailed", "PlaybackController.PlayCommandIssued",
            "AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillAccountLinked", "AlexaSkillEvent.SkillPermissionAccepted",
            "Connections.Response", "Display.ElementSelected", "GameEngine.InputHandlerEvent",
        }));
    }

    [TestCaseSource(nameof(RequestSamples))]
    public async Task Request_sample_parses_and_gets_a_valid_response(string file)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, file));

        // Act
        var result = await skill.InvokeAsync(body);

        // Assert
        Assert.That(result.Error, Is.Null, () => $"{file}: {result.Error}");
        var response = JsonNode.Parse(result.Body.Span)!.AsObject();
        Assert.That((string?)response["version"], Is.EqualTo("1.0"));
        Assert.That(response["response"], Is.InstanceOf<JsonObject>());
        Assert.That(response.ContainsKey("sessionAttributes"), Is.False);
        var original = JsonNode.Parse(body)!;
        Assert.That(result.Summary.RequestType, Is.EqualTo((string?)original["request"]!["type"]));
        Assert.That(result.Summary.RequestId, Is.EqualTo((string?)original["request"]!["requestId"]));
        Assert.That(result.Body.ToArray(), Is.EqualTo(JsonSerializer.SerializeToUtf8Bytes(result.Response!, AlexaJson.SkillResponse)),
            () => $"{file}: the response writer and the serializer wrote different bytes");
    }

    [TestCaseSource(nameof(SilentRequestSamples))]
    public async Task Event_that_must_not_speak_gets_no_speech(string file)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, file));

        // Act
        var response = await skill.AnswerAsync(JsonNode.Parse(body)!);

        // Assert: Alexa refuses speech, cards and reprompts in answers to audio, playback and skill events.
        var inner = response["response"]!.AsObject();
        Assert.That(inner.ContainsKey("outputSpeech"), Is.False, inner.ToJsonString());
        Assert.That(inner.ContainsKey("reprompt"), Is.False, inner.ToJsonString());
        Assert.That(inner.ContainsKey("card"), Is.False, inner.ToJsonString());
        Assert.That(inner.ContainsKey("directives"), Is.False, inner.ToJsonString());
        if (RequestType(file) != "CanFulfillIntentRequest")
            Assert.That(inner.ToJsonString(), Is.EqualTo("{}"), "an event gets the empty response");
    }

    [TestCaseSource(nameof(RequestSamples))]
    public async Task Speech_in_every_answer_is_well_formed_ssml(string file)
    {
        // Arrange
        var skill = TestSkill.CreateUnverified();
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, file));

        // Act
        var response = await skill.AnswerAsync(JsonNode.Parse(body)!);

        // Assert
        var speech = new[] { response["response"]?["outputSpeech"], response["response"]?["reprompt"]?["outputSpeech"] };
        if (SpeakingRequestTypes.Contains(RequestType(file)))
            Assert.That(speech[0], Is.Not.Null, "a launch or an intent gets an answer");
        foreach (var outputSpeech in speech.OfType<JsonObject>())
        {
            Assert.That((string?)outputSpeech["type"], Is.EqualTo("SSML"));
            var ssml = (string)outputSpeech["ssml"]!;
            var root = XDocument.Parse(ssml).Root!;
            Assert.That(root.Name.LocalName, Is.EqualTo("speak"), ssml);
        }
    }

    [Test]
    public async Task Launch_sample_with_type_not_first_is_a_launch_request()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "martincostello__alexa-london-travel__Launch.json"));

        var envelope = EnvelopeReading.Read(body);

        Assert.That(envelope.Request, Is.InstanceOf<LaunchRequest>());
        Assert.That(envelope.Request!.Locale, Is.EqualTo("en-US"));
        Assert.That(envelope.ApplicationId, Is.EqualTo("amzn1.ask.skill.49f13574-8134-4748-afeb-62ef1defffa6"));
    }

    [Test]
    public async Task Device_sample_keeps_system_context_and_unmodelled_parts()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "alexa__alexa-skills-kit-sdk-for-nodejs__requestEnvelope.json"));

        var envelope = EnvelopeReading.Read(body);

        var system = envelope.Context!.System!;
        Assert.That(system.ApiEndpoint, Is.EqualTo("https://api.amazonalexa.com"));
        Assert.That(system.ApiAccessToken, Does.StartWith("eyJ0eXAiOiJKV1Qi"));
        Assert.That(system.Device!.Supports("Geolocation"), Is.True);
        Assert.That(system.Device.Supports("Alexa.Presentation.APL"), Is.False);
        Assert.That(envelope.Session!.User!.Permissions!.Scopes!["alexa::devices:all:geolocation:read"].Status, Is.EqualTo("GRANTED"));
        Assert.That(envelope.Context.Other!["Geolocation"].Element.GetProperty("coordinate").GetProperty("accuracyInMeters").GetDouble(), Is.EqualTo(10.0));
        Assert.That(envelope.Request!.Timestamp, Is.EqualTo(new DateTimeOffset(2019, 7, 15, 22, 44, 23, TimeSpan.Zero)));
    }

    [Test]
    public async Task Screen_device_sample_keeps_viewport_and_apl_context_as_raw_json()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "stoiveyp__Alexa.NET.APL__LaunchRequest.json"));

        var envelope = EnvelopeReading.Read(body);

        Assert.That(envelope.Context!.System!.Device!.Supports("Alexa.Presentation.APL"), Is.True);
        Assert.That(envelope.Context.Viewport!.Element.GetProperty("shape").GetString(), Is.EqualTo("RECTANGLE"));
        Assert.That(envelope.Context.Viewports!.Element.GetArrayLength(), Is.EqualTo(2));
        Assert.That(envelope.Context.Other!["Alexa.Presentation.APL"].Element.GetProperty("version").GetString(), Is.EqualTo("APL_WEB_RENDERER_GANDALF"));
    }

    [Test]
    public async Task Resolved_slot_sample_exposes_the_entity_resolution()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "jovotech__jovo-framework__IntentRequestWithSlotResolution.json"));

        var request = (IntentRequest)EnvelopeReading.Read(body).Request!;

        var slot = request.Intent!.GetSlot("name")!;
        Assert.That(slot.Value, Is.EqualTo("Jeff"));
        Assert.That(slot.Source, Is.EqualTo("USER"));
        var authority = slot.Resolutions!.ResolutionsPerAuthority![0];
        Assert.That(authority.Status!.Code, Is.EqualTo("ER_SUCCESS_MATCH"));
        Assert.That(authority.Values![0].Value!.Id, Is.EqualTo("JeffId"));
        Assert.That(request.Locale, Is.EqualTo("de-DE"));
    }

    [Test]
    public async Task Unresolved_slot_sample_has_no_values()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "jovotech__jovo-framework__IntentRequestWithSlotResolutionNoMatch.json"));

        var request = (IntentRequest)EnvelopeReading.Read(body).Request!;

        var authority = request.Intent!.GetSlot("name")!.Resolutions!.ResolutionsPerAuthority![0];
        Assert.That(authority.Status!.Code, Is.EqualTo("ER_SUCCESS_NO_MATCH"));
        Assert.That(authority.Values, Is.Null);
    }

    [Test]
    public async Task Dialog_sample_keeps_dialog_state_and_an_empty_slot()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "jovotech__jovo-framework__DialogDelegateRequest.json"));

        var request = (IntentRequest)EnvelopeReading.Read(body).Request!;

        Assert.That(request.DialogState, Is.EqualTo("STARTED"));
        Assert.That(request.Intent!.GetSlot("key")!.Value, Is.Null);
    }

    [Test]
    public async Task Session_ended_sample_keeps_reason_and_error()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "timheuer__alexa-skills-dotnet__SessionEndedRequest.json"));

        var envelope = EnvelopeReading.Read(body);

        var request = (SessionEndedRequest)envelope.Request!;
        Assert.That(request.Reason, Is.EqualTo("USER_INITIATED"));
        Assert.That(request.Error!.Type, Is.EqualTo("INVALID_RESPONSE"));
        Assert.That(request.Error.Message, Is.EqualTo("test message"));
        Assert.That(envelope.Context, Is.Null);
        Assert.That(envelope.ApplicationId, Is.EqualTo("amzn1.echo-sdk-ams.app.000000-d0ed-0000-ad00-000000d00ebe"));
    }

    [Test]
    public async Task Can_fulfill_sample_is_answered_with_can_fulfill_only()
    {
        var skill = TestSkill.CreateUnverified();
        var body = await File.ReadAllBytesAsync(Path.Combine(SamplesDirectory, "jovotech__jovo-framework__CanFulfillIntentRequest.json"));

        var response = await skill.AnswerAsync(JsonNode.Parse(body)!);

        Assert.That(response["response"]!.ToJsonString(), Is.EqualTo("""{"canFulfillIntent":{"canFulfill":"NO"}}"""));
    }

    [TestCaseSource(nameof(ResponseSamples))]
    public async Task Response_sample_survives_a_round_trip(string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, file));

        var response = JsonSerializer.Deserialize(json, AlexaJson.SkillResponse)!;
        var written = JsonSerializer.Serialize(response, AlexaJson.SkillResponse);

        Assert.That(JsonComparison.Differences(JsonNode.Parse(json), JsonNode.Parse(written)), Is.Empty);
        Assert.That(Encoding.UTF8.GetString(ResponseWriter.ToUtf8Bytes(response)), Is.EqualTo(written));
    }

    [Test]
    public async Task Multi_value_slot_sample_survives_a_round_trip_with_its_list()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "timheuer__alexa-skills-dotnet__MultiValueSlot.json"));
        var typeInfo = AlexaJson.Options.GetTypeInfo(typeof(IReadOnlyDictionary<string, Slot>));

        var request = (IntentRequest)EnvelopeReading.Read(Envelopes.Intent("OrderIntent", slots: JsonNode.Parse(json)!.AsObject())).Request!;
        var slots = request.Intent!.Slots!;
        var written = JsonSerializer.Serialize(slots, typeInfo);

        var list = slots["toppings"].SlotValue!;
        Assert.That(list.Type, Is.EqualTo("List"));
        Assert.That(list.Values!.Select(v => v.Value), Is.EqualTo(new[] { "olives", "sausage", "ham" }));
        Assert.That(list.Values![0].Resolutions!.ResolutionsPerAuthority![0].Values, Has.Count.EqualTo(2));
        Assert.That(list.Values![2].Resolutions!.ResolutionsPerAuthority![0].Status!.Code, Is.EqualTo("ER_SUCCESS_NO_MATCH"));
        Assert.That(JsonComparison.Differences(JsonNode.Parse(json), JsonNode.Parse(written)), Is.Empty);
    }

    [Test]
    public async Task Elicit_slot_directive_sample_survives_a_round_trip()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "timheuer__alexa-skills-dotnet__DialogElicitSlot.json"));
        var typeInfo = AlexaJson.Options.GetTypeInfo(typeof(Directive));

        var directive = JsonSerializer.Deserialize(json, typeInfo);
        var written = JsonSerializer.Serialize(directive, typeInfo);

        Assert.That(directive, Is.InstanceOf<DialogElicitSlotDirective>());
        Assert.That(((DialogElicitSlotDirective)directive!).UpdatedIntent!.GetSlot("Date")!.ConfirmationStatus, Is.EqualTo("CONFIRMED"));
        Assert.That(JsonComparison.Differences(JsonNode.Parse(json), JsonNode.Parse(written)), Is.Empty);
    }

    [Test]
    public async Task Can_fulfill_response_sample_survives_a_round_trip()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "stoiveyp__Alexa.NET.CanFulfillIntentRequest__CanFulfillResponse.json"));
        var typeInfo = AlexaJson.Options.GetTypeInfo(typeof(CanFulfillIntent));

        var canFulfill = (CanFulfillIntent)JsonSerializer.Deserialize(json, typeInfo)!;
        var written = JsonSerializer.Serialize(canFulfill, typeInfo);

        Assert.That(canFulfill.Slots!["slotName"].CanFulfill, Is.EqualTo("NO"));
        Assert.That(JsonComparison.Differences(JsonNode.Parse(json), JsonNode.Parse(written)), Is.Empty);
    }

    private static string RequestType(string file) =>
        (string)JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, file)))!["request"]!["type"]!;
}
