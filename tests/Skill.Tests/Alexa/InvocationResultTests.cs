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
        Assert.That(fromEnvelope.Body, Is.EqualTo(fromBytes.Body));
        Assert.That(fromEnvelope.Summary, Is.EqualTo(fromBytes.Summary));
    }
}
