using System.Text.Json;
using System.Text.Unicode;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Turns request bytes into an envelope, or into a <see cref="SkillError"/> that says what is wrong.</summary>
internal static class EnvelopeReader
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static (SkillRequest? Envelope, SkillError? Error) Read(ReadOnlySpan<byte> body)
    {
        // RFC 8259 lets a reader ignore a UTF-8 byte-order mark; Windows editors write one by default.
        if (body.StartsWith(Utf8ByteOrderMark))
            body = body[Utf8ByteOrderMark.Length..];
        if (body.Length > SkillEntryPoint.MaxBodyBytes)
            return Fail(SkillErrorKind.BodyTooLarge, $"The body is {body.Length} bytes; the limit is {SkillEntryPoint.MaxBodyBytes}.");
        if (IsBlank(body))
            return Fail(SkillErrorKind.EmptyBody, "The body is empty.");

        if (FirstTokenError(body) is { } firstTokenError)
            return (null, firstTokenError);

        try
        {
            return (EnvelopeParser.Parse(body, AlexaJson.MaxDepth), null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the reader cannot transcode a string that is not valid UTF-8.
            // Tell syntax errors from shape errors; this second pass only runs on the error path.
            return SyntaxError(body) is { } syntax
                ? (null, syntax)
                : Fail(SkillErrorKind.InvalidEnvelope, "The JSON is not an Alexa request envelope: " + exception.Message);
        }
    }

    public static SkillError? Validate(SkillRequest envelope)
    {
        if (envelope.Request is null)
            return new SkillError(SkillErrorKind.InvalidEnvelope, "The envelope has no 'request' object.");
        if (string.IsNullOrEmpty(envelope.Request.Type))
            return new SkillError(SkillErrorKind.InvalidEnvelope, "The envelope's 'request' has no 'type'.");
        return null;
    }

    private static SkillError? FirstTokenError(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            reader.Read();
        }
        catch (JsonException exception)
        {
            return StartsWithUtf16ByteOrderMark(body)
                ? new SkillError(SkillErrorKind.InvalidJson, "The body is UTF-16 (it starts with a UTF-16 byte-order mark); a request body must be UTF-8.")
                : new SkillError(SkillErrorKind.InvalidJson, "The body is not valid JSON: " + exception.Message);
        }
        return reader.TokenType == JsonTokenType.StartObject
            ? null
            : new SkillError(SkillErrorKind.InvalidEnvelope, $"The body is a JSON {Describe(reader.TokenType)}, not a request envelope object.");
    }

    private static SkillError? SyntaxError(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
            return new SkillError(SkillErrorKind.InvalidJson, "The body is not valid UTF-8.");
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }
            return null;
        }
        catch (JsonException exception)
        {
            return new SkillError(SkillErrorKind.InvalidJson, "The body is not valid JSON: " + exception.Message);
        }
    }

    private static bool StartsWithUtf16ByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool IsBlank(ReadOnlySpan<byte> body) =>
        body.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static (SkillRequest?, SkillError?) Fail(SkillErrorKind kind, string message) =>
        (null, new SkillError(kind, message));
}
