using System.Text.Json.Nodes;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>Every request is answered from the request alone: same request, same bytes, whatever came before.</summary>
public sealed class StatelessnessTests
{
    private static IEnumerable<JsonObject> MixedRequests() =>
    [
        Envelopes.Launch(),
        Envelopes.Intent("AMAZON.HelpIntent", newSession: false),
        Envelopes.Intent("AMAZON.FallbackIntent"),
        Envelopes.Launch("en-GB"),
        Envelopes.Intent("AMAZON.StopIntent", newSession: false),
        Envelopes.SessionEnded(),
    ];

    [Test]
    public async Task Same_request_twice_gives_byte_identical_responses()
    {
        var skill = TestSkill.Create();
        var body = Envelopes.Intent("AMAZON.HelpIntent").Bytes();

        var first = await skill.InvokeAsync(body);
        var second = await skill.InvokeAsync(body);

        Assert.That(second.Body.ToArray(), Is.EqualTo(first.Body.ToArray()));
    }

    [Test]
    public async Task Interleaved_requests_answer_exactly_as_each_does_alone()
    {
        // Arrange: each request's answer from a fresh skill instance.
        var alone = new List<byte[]>();
        foreach (var envelope in MixedRequests())
            alone.Add((await TestSkill.Create().InvokeAsync(envelope.Bytes())).Body.ToArray());
        var shared = TestSkill.Create();

        // Act: the same requests, interleaved twice through one instance, the second pass reversed.
        var bodies = MixedRequests().Select(e => e.Bytes()).ToList();
        var forward = new List<byte[]>();
        foreach (var body in bodies)
            forward.Add((await shared.InvokeAsync(body)).Body.ToArray());
        var backward = new List<byte[]>();
        foreach (var body in Enumerable.Reverse(bodies))
            backward.Add((await shared.InvokeAsync(body)).Body.ToArray());
        backward.Reverse();

        // Assert
        Assert.That(forward, Is.EqualTo(alone));
        Assert.That(backward, Is.EqualTo(alone));
    }

    [Test]
    public async Task Session_attributes_in_the_request_are_never_echoed_back()
    {
        var skill = TestSkill.Create();
        foreach (var envelope in MixedRequests())
        {
            envelope["session"]!["attributes"] = new JsonObject { ["lastCountry"] = "FR" };

            var response = JsonNode.Parse((await skill.InvokeAsync(envelope.Bytes())).Body.Span)!.AsObject();

            Assert.That(response.ContainsKey("sessionAttributes"), Is.False, envelope.ToJsonString());
        }
    }
}
