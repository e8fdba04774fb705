using System.Text.Json;
using System.Text.Unicode;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>What makes a request body unreadable, said as a <see cref="SkillError"/>: its size and emptiness checked
/// before the parse, the rest worked out after a failed one.</summary>
internal static class BodyChecks
{
    /// <summary>Why the body is not worth parsing (too large, empty); null to parse it.</summary>
    public static SkillError? Refusal(ReadOnlySpan<byte> body)
    {
        if (body.Length > SkillEntryPoint.MaxBodyBytes)
            return new SkillError(SkillErrorKind.BodyTooLarge, $"The body is {body.Length} bytes; the limit is {SkillEntryPoint.MaxBodyBytes}.");
        if (body.IndexOfAnyExcept(" \t\r\n"u8) < 0)
            return new SkillError(SkillErrorKind.EmptyBody, "The body is empty.");
        return null;
    }

    /// <summary>
    /// After a failed parse, what is wrong, in this order: not JSON from the first token (UTF-16 said as such), JSON
    /// that is not an object, invalid UTF-8, a syntax error further on, or JSON that is not an envelope.
    /// </summary>
    /// <remarks>These passes over the body only run on the error path.</remarks>
    public static SkillError Diagnose(ReadOnlySpan<byte> body, Exception parseError)
    {
        if (FirstTokenError(body) is { } firstTokenError)
            return firstTokenError;
        if (!Utf8.IsValid(body))
            return new SkillError(SkillErrorKind.InvalidJson, "The body is not valid UTF-8.");
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException exception)
        {
            return new SkillError(SkillErrorKind.InvalidJson, "The body is not valid JSON: " + exception.Message);
        }
        return new SkillError(SkillErrorKind.InvalidEnvelope, "The JSON is not an Alexa request envelope: " + parseError.Message);
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

    private static bool StartsWithUtf16ByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
