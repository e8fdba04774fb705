using System.Text.Json;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// The one way to read a request envelope, for hosts, tools and tests: request bytes in, the envelope out, or a
/// <see cref="SkillError"/> that says what is wrong with them. <see cref="BodyChecks"/> refuses an oversized or empty
/// body and explains a failed parse; <see cref="EnvelopeParser"/> reads the envelope in one forward pass.
/// </summary>
public static class EnvelopeReader
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <param name="body">
    /// The request body. The envelope's raw parts and unread ids are slices of it, not copies: keep it unchanged while
    /// the envelope is in use.
    /// </param>
    /// <param name="knownStrings">Values read as these instances instead of new strings (<see cref="KnownStrings.Alexa"/> when null).</param>
    public static (SkillRequest? Envelope, SkillError? Error) Read(ReadOnlyMemory<byte> body, KnownStrings? knownStrings = null)
    {
        // RFC 8259 lets a reader ignore a UTF-8 byte-order mark; Windows editors write one by default.
        if (body.Span.StartsWith(Utf8ByteOrderMark))
            body = body[Utf8ByteOrderMark.Length..];
        if (BodyChecks.Refusal(body.Span) is { } refusal)
            return (null, refusal);

        try
        {
            return (EnvelopeParser.Parse(body, knownStrings ?? KnownStrings.Alexa), null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the reader cannot transcode a string that is not valid UTF-8.
            return (null, BodyChecks.Diagnose(body.Span, exception));
        }
    }
}
