using System.Globalization;
using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Skill.Tests.Alexa;

/// <summary>
/// Alexa's timestamp form is read without the general ISO 8601 parser, to the same instant; every other form is left
/// to the general parsers, so what the envelope's parse accepts or refuses is what it was.
/// </summary>
public sealed class AlexaTimestampTests
{
    [TestCase("2026-01-15T12:00:00Z")]
    [TestCase("2026-01-15T12:00:00.5Z")]
    [TestCase("2026-01-15T12:00:00.123Z")]
    [TestCase("2026-01-15T12:00:00.1234567Z")]
    [TestCase("2024-02-29T23:59:59Z")]
    [TestCase("2000-02-29T00:00:00.001Z")]
    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("9999-12-31T23:59:59.9999999Z")]
    public void Alexa_form_is_the_instant_the_general_parser_reads(string text)
    {
        var read = AlexaTimestamp.TryRead(Encoding.UTF8.GetBytes(text), out var value);

        Assert.That(read, Is.True);
        var general = General(text);
        Assert.That((value.UtcTicks, value.Offset), Is.EqualTo((general!.Value.UtcTicks, TimeSpan.Zero)));
    }

    [TestCase("2026-01-15T12:00:00")]
    [TestCase("2026-01-15T12:00:00+00:00")]
    [TestCase("2026-01-15T13:00:00+01:00")]
    [TestCase("2026-01-15t12:00:00z")]
    [TestCase("2026-01-15 12:00:00Z")]
    [TestCase("2026-01-15T12:00:60Z")]
    [TestCase("2026-01-15T24:00:00Z")]
    [TestCase("2026-01-15T12:60:00Z")]
    [TestCase("2026-02-29T12:00:00Z")]
    [TestCase("2026-04-31T12:00:00Z")]
    [TestCase("2026-13-01T12:00:00Z")]
    [TestCase("2026-00-10T12:00:00Z")]
    [TestCase("2026-01-00T12:00:00Z")]
    [TestCase("0000-01-01T00:00:00Z")]
    [TestCase("2026-01-15T12:00:00.Z")]
    [TestCase("2026-01-15T12:00:00,5Z")]
    [TestCase("2026-01-15T12:00:00.12345678Z")]
    [TestCase("2026-01-15T12:00:00.12a4Z")]
    [TestCase("2026-1-15T12:00:00Z")]
    [TestCase("2026-01-15T12:0x:00Z")]
    [TestCase("x026-01-15T12:00:00Z")]
    [TestCase("20x6-01-15T12:00:00Z")]
    [TestCase("202/-01-15T12:00:00Z")]
    [TestCase("2026-0:-15T12:00:00Z")]
    [TestCase("2026-01-1 T12:00:00Z")]
    [TestCase("2026-01-15T1x:00:00Z")]
    [TestCase("2026-01-15T12:00:0xZ")]
    [TestCase("+2026-01-15T12:00:00Z")]
    [TestCase("２０２６-01-15T12:00:00Z")]
    [TestCase("2026-01-15")]
    [TestCase("Z")]
    [TestCase("")]
    public void Other_forms_are_left_to_the_general_parsers(string text)
    {
        Assert.That(AlexaTimestamp.TryRead(Encoding.UTF8.GetBytes(text), out _), Is.False);
    }

    // Both lists, and escaped forms, through the envelope's parse: accepted or refused as the general parsers alone do.
    [TestCase("2026-01-15T12:00:00Z")]
    [TestCase("2026-01-15T12:00:00.123Z")]
    [TestCase("2024-02-29T23:59:59Z")]
    [TestCase("9999-12-31T23:59:59.9999999Z")]
    [TestCase("2026-01-15T13:00:00+01:00")]
    [TestCase("2026-01-15t12:00:00z")]
    [TestCase("2026-01-15 12:00:00Z")]
    [TestCase("2026-01-15T12:00:60Z")]
    [TestCase("2026-01-15T24:00:00Z")]
    [TestCase("2026-02-29T12:00:00Z")]
    [TestCase("2026-13-01T12:00:00Z")]
    [TestCase("0000-01-01T00:00:00Z")]
    [TestCase("2026-01-15T12:00:00.Z")]
    [TestCase("2026-01-15T12:00:00.12345678Z")]
    [TestCase("2026-01-15")]
    [TestCase("2026-01-15T12:00:00\\u005A")]
    [TestCase("2026\\u002D01-15T12:00:00Z")]
    [TestCase("not a time")]
    public void The_envelope_reads_every_form_as_the_general_parsers_do(string json)
    {
        var body = Encoding.UTF8.GetBytes("""{"version":"1.0","request":{"type":"LaunchRequest","requestId":"r","timestamp":""" + "\"" + json + "\"}}");
        var general = General(json);

        var (envelope, error) = EnvelopeReader.Read(body);

        if (general is null)
        {
            Assert.That(error?.Kind, Is.EqualTo(SkillErrorKind.InvalidEnvelope));
        }
        else
        {
            Assert.That(error, Is.Null, () => error!.Message);
            var timestamp = envelope!.Request!.Timestamp!.Value;
            Assert.That((timestamp.UtcTicks, timestamp.Offset), Is.EqualTo((general.Value.UtcTicks, TimeSpan.Zero)));
        }
    }

    // What the parse did before Alexa's form had a reader of its own: System.Text.Json's ISO 8601 reading, then the
    // lenient one. The text is a JSON string's content, escapes and all.
    private static DateTimeOffset? General(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + json + "\""));
        reader.Read();
        if (reader.TryGetDateTimeOffset(out var parsed))
            return parsed.ToUniversalTime();
        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var lenient)
            ? lenient
            : null;
    }
}
