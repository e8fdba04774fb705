using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// A built response is written from its builder, its objects built only when read: the bytes are the serializer's,
/// and a response does not change when its builder does afterwards.
/// </summary>
public sealed class ResponseBuilderTests
{
    public static IEnumerable<string> Texts() =>
    [
        "The capital of France is Paris.",
        "Tom & Jerry's <b> \"quoted\"",
        "La capital de Côte d’Ivoire es Yamusukro. 🌍 Ελλάδα, 日本の首都は東京です。",
        "control \u0001 and tab\t and line\nbreak",
        string.Concat(Enumerable.Repeat("A long answer, é and ’ included. ", 40)),
    ];

    [TestCaseSource(nameof(Texts))]
    public void Response_written_from_its_builder_has_the_serializers_bytes(string text)
    {
        foreach (var openSession in new[] { false, true })
        {
            var builder = new ResponseBuilder().WithSimpleCard("Title: " + text, text).Speak(SsmlBuilder.FromText(text));
            if (openSession)
                builder.Speak(new SsmlBuilder().Sentence(text).Sentence("Which other country?").Build()).Reprompt(SsmlBuilder.FromText(text));
            var response = builder.EndSession(!openSession).Build();

            var written = Encoding.UTF8.GetString(ResponseWriter.ToUtf8Bytes(response));
            var serialized = JsonSerializer.Serialize(response, AlexaJson.SkillResponse);

            Assert.That(written, Is.EqualTo(serialized));
        }
    }

    [Test]
    public void Built_response_does_not_change_when_its_builder_does()
    {
        var builder = new ResponseBuilder();
        var first = builder.WithSimpleCard("First", "one").Speak(SsmlBuilder.FromText("one")).EndSession(true).Build();
        var firstBytes = ResponseWriter.ToUtf8Bytes(first);

        var second = builder.Speak(SsmlBuilder.FromText("two")).Reprompt(SsmlBuilder.FromText("again")).EndSession(false).Build();

        Assert.That(ResponseWriter.ToUtf8Bytes(first), Is.EqualTo(firstBytes));
        Assert.That(((SsmlOutputSpeech)first.Response.OutputSpeech!).Ssml, Is.EqualTo("<speak>one</speak>"));
        Assert.That(first.Response.Reprompt, Is.Null);
        Assert.That(first.Response.ShouldEndSession, Is.True);
        Assert.That(((SsmlOutputSpeech)second.Response.OutputSpeech!).Ssml, Is.EqualTo("<speak>two</speak>"));
        Assert.That(((SsmlOutputSpeech)second.Response.Reprompt!.OutputSpeech!).Ssml, Is.EqualTo("<speak>again</speak>"));
        Assert.That(((SimpleCard)second.Response.Card!).Title, Is.EqualTo("First"));
    }

    [Test]
    public void Response_objects_read_once_are_the_same_objects_each_time()
    {
        var response = new ResponseBuilder().Speak(SsmlBuilder.FromText("hi")).Build();

        var body = response.Response;
        var speech = body.OutputSpeech;

        Assert.That(response.Response, Is.SameAs(body));
        Assert.That(response.Response.OutputSpeech, Is.SameAs(speech));
    }
}
