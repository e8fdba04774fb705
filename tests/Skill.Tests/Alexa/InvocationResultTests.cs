using System.Text.Json;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Serialization;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>Every answered invocation carries the bytes a host sends, whichever overload the host called.</summary>
public sealed class InvocationResultTests
{
    [Test]
    public async Task A_parsed_envelope_is_answered_with_the_same_bytes_as_the_raw_one()
    {
        var body = Envelopes.Capital("peru", "PE").Bytes();
        var envelope = EnvelopeReading.Read(body);

        var fromBytes = await TestSkill.Create().InvokeAsync(body);
        var fromEnvelope = await TestSkill.Create().InvokeAsync(envelope);

        Assert.That(fromEnvelope.Succeeded, Is.True);
        Assert.That(fromEnvelope.Body.ToArray(), Is.EqualTo(fromBytes.Body.ToArray()));
        Assert.That(fromEnvelope.Summary, Is.EqualTo(fromBytes.Summary));
    }

    [Test]
    public async Task A_workspace_gives_the_bytes_summary_and_response_of_a_fresh_skill_request_after_request()
    {
        var skill = TestSkill.Create();
        var workspace = new InvocationWorkspace(16);
        var envelopes = new[]
        {
            Envelopes.Capital("peru", "PE"), Envelopes.Launch(), Envelopes.Capital("france", "FR", newSession: false), Envelopes.SessionEnded(),
            Envelopes.Intent("AMAZON.HelpIntent"), Envelopes.Capital("atlantis", noMatch: true), Envelopes.Capital("japan", "JP", locale: "de-DE"),
        };
        foreach (var envelope in envelopes)
        {
            var body = envelope.Bytes();
            var fresh = await TestSkill.Create().InvokeAsync(body);

            var reused = await skill.InvokeAsync(body, workspace);

            Assert.That(reused.Succeeded, Is.True);
            Assert.That(reused.Body.ToArray(), Is.EqualTo(fresh.Body.ToArray()), envelope.ToString());
            Assert.That(reused.Summary, Is.EqualTo(fresh.Summary), envelope.ToString());
            Assert.That(Serialized(reused.Response!), Is.EqualTo(Serialized(fresh.Response!)), envelope.ToString());
        }
    }

    [Test]
    public async Task A_workspace_keeps_its_objects_from_one_invocation_to_the_next()
    {
        var skill = TestSkill.Create();
        var workspace = new InvocationWorkspace();

        var first = await skill.InvokeAsync(Envelopes.Capital("peru", "PE").Bytes(), workspace);
        var second = await skill.InvokeAsync(Envelopes.Capital("chile", "CL").Bytes(), workspace);

        Assert.That(second.Summary, Is.SameAs(first.Summary));
        Assert.That(second.Response, Is.SameAs(first.Response));
        Assert.That(second.Summary.EntityId, Is.EqualTo("CL"));
    }

    [Test]
    public async Task A_response_read_after_its_invocation_is_not_given_again()
    {
        var skill = TestSkill.Create();
        var workspace = new InvocationWorkspace();
        var first = await skill.InvokeAsync(Envelopes.Capital("peru", "PE").Bytes(), workspace);
        var firstSpeech = ((SsmlOutputSpeech)first.Response!.Response.OutputSpeech!).Ssml;

        var second = await skill.InvokeAsync(Envelopes.Capital("chile", "CL").Bytes(), workspace);

        Assert.That(second.Response, Is.Not.SameAs(first.Response));
        Assert.That(((SsmlOutputSpeech)first.Response.Response.OutputSpeech!).Ssml, Is.EqualTo(firstSpeech));
        Assert.That(((SsmlOutputSpeech)second.Response!.Response.OutputSpeech!).Ssml, Does.Contain("Santiago"));
    }

    [Test]
    public async Task A_refused_request_writes_nothing_to_the_workspace()
    {
        var workspace = new InvocationWorkspace();
        var skill = TestSkill.Create();
        await skill.InvokeAsync(Envelopes.Capital("peru", "PE").Bytes(), workspace);

        var result = await skill.InvokeAsync("{\"request\":"u8.ToArray(), workspace);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Body.IsEmpty, Is.True);
    }

    private static string Serialized(SkillResponse response) =>
        JsonSerializer.Serialize(response, AlexaJson.Options.GetTypeInfo(typeof(SkillResponse)));
}
