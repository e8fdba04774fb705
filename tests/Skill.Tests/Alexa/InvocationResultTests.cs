using System.Buffers;
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
    public async Task A_host_buffer_receives_the_same_bytes_after_what_it_holds_request_after_request()
    {
        var skill = TestSkill.Create();
        var output = new ArrayBufferWriter<byte>(16);
        output.Write("kept"u8);
        foreach (var (name, id) in new[] { ("peru", "PE"), ("france", "FR"), ("japan", "JP") })
        {
            var body = Envelopes.Capital(name, id).Bytes();
            var fresh = await TestSkill.Create().InvokeAsync(body);
            var start = output.WrittenCount;

            var written = await skill.InvokeAsync(body, output);

            Assert.That(written.Succeeded, Is.True);
            Assert.That(written.Body.ToArray(), Is.EqualTo(fresh.Body.ToArray()), name);
            Assert.That(output.WrittenSpan[start..].ToArray(), Is.EqualTo(fresh.Body.ToArray()), name);
        }
        Assert.That(output.WrittenSpan[..4].ToArray(), Is.EqualTo("kept"u8.ToArray()));
    }

    [Test]
    public async Task A_refused_request_writes_nothing_to_the_host_buffer()
    {
        var output = new ArrayBufferWriter<byte>();

        var result = await TestSkill.Create().InvokeAsync("{\"request\":"u8.ToArray(), output);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Body.IsEmpty, Is.True);
        Assert.That(output.WrittenCount, Is.Zero);
    }
}
