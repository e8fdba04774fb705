using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>Small, strict steps over a <see cref="Utf8JsonReader"/>: each says what it expected when the JSON differs.</summary>
internal static class JsonReading
{
    /// <summary>Moves to the value of the current property.</summary>
    public static void ReadValue(ref Utf8JsonReader reader)
    {
        // Called for every token: the throw is in its own method, so that this one is small enough to be inlined.
        if (!reader.Read())
            ThrowUnexpectedEnd();
    }

    [DoesNotReturn]
    private static void ThrowUnexpectedEnd() => throw new JsonException("Unexpected end of JSON.");

    /// <summary>True when the current token starts an object; false for null; throws for anything else.</summary>
    public static bool IsObject(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw Mismatch(member, "an object", ref reader),
    };

    /// <summary>Moves to the next property of the current object; false at its end. Leaves the reader on the property name.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Moves to the next property of the current object and on to its value; false at the object's end.
    /// <paramref name="name"/> is the property's name, unescaped UTF-8: the request parsers compare it with
    /// <c>name.SequenceEqual("literal"u8)</c>, which the JIT compiles to a length test and a few loads, where a call per
    /// candidate name (<see cref="Member"/>) costs a call and a comparison loop each.
    /// </summary>
    // Inlined: run once per property of the envelope, a call each costs more than its few instructions.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextMember(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        ReadValue(ref reader);
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            name = default;
            return false;
        }
        // Property names are almost never escaped: the bytes as they are in the body, no copy.
        name = reader.ValueIsEscaped || reader.HasValueSequence ? Unescaped(ref reader) : reader.ValueSpan;
        ReadValue(ref reader);
        return true;
    }

    private static byte[] Unescaped(ref Utf8JsonReader reader)
    {
        // Unescaped, a name is no longer than as sent.
        var bytes = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return bytes[..reader.CopyString(bytes)];
    }

    /// <summary>When the current property is <paramref name="name"/>, moves to its value and returns true.</summary>
    public static bool Member(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        // Property names are almost never escaped: compare the bytes directly, the cheapest test on the hot path.
        var matches = reader.ValueIsEscaped || reader.HasValueSequence ? reader.ValueTextEquals(name) : reader.ValueSpan.SequenceEqual(name);
        if (!matches)
            return false;
        ReadValue(ref reader);
        return true;
    }

    /// <summary>Skips the value of the current property, whatever it is.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        reader.Skip();
    }

    /// <summary>Throws unless the current token starts an array.</summary>
    public static void ExpectArray(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw Mismatch(member, "an array", ref reader);
    }

    /// <summary>Moves to the next item of the current array; false at its end.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        ReadValue(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    public static string? String(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(member, "a string", ref reader),
    };

    public static bool Boolean(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        _ => throw Mismatch(member, "true or false", ref reader),
    };

    /// <summary>An ISO 8601 string or epoch milliseconds, as UTC.</summary>
    public static DateTimeOffset? Timestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var milliseconds) && milliseconds is >= -62_135_596_800_000 and <= 253_402_300_799_999:
                return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            case JsonTokenType.String when reader.TryGetDateTimeOffset(out var parsed):
                return parsed.ToUniversalTime();
            case JsonTokenType.String when DateTimeOffset.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var lenient):
                return lenient;
            default:
                throw new JsonException($"'timestamp' must be an ISO 8601 string or epoch milliseconds (byte {reader.TokenStartIndex}).");
        }
    }

    /// <summary>The current value as a standalone element (a copy), or null for JSON null.</summary>
    public static JsonElement? Element(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    /// <summary>
    /// A string member kept as its token (a slice of <paramref name="source"/>, no copy) until read; an escaped one is
    /// decoded now, so a bad escape fails the parse, not a later read.
    /// </summary>
    public static DeferredString Deferred(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string member)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return default;
        if (reader.TokenType != JsonTokenType.String)
            throw Mismatch(member, "a string", ref reader);
        if (reader.ValueIsEscaped)
            return DeferredString.FromValue(reader.GetString());
        return DeferredString.FromUnescaped(source[checked((int)reader.TokenStartIndex + 1)..checked((int)reader.BytesConsumed - 1)]);
    }

    /// <summary>
    /// An open-set string (a status, a state, a version): one of <paramref name="known"/> without allocating when it
    /// is one, else the string as sent.
    /// </summary>
    public static string? OpenString(ref Utf8JsonReader reader, string member, params ReadOnlySpan<string> known)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // The known values are ASCII: an unescaped token is compared as it is, without transcoding each value.
            var asIs = !reader.ValueIsEscaped && !reader.HasValueSequence;
            foreach (var value in known)
            {
                if (asIs ? Ascii.Equals(reader.ValueSpan, value) : reader.ValueTextEquals(value))
                    return value;
            }
        }
        return String(ref reader, member);
    }

    /// <summary>The current value kept as raw JSON: a slice of <paramref name="source"/>, nothing copied or parsed.</summary>
    public static RawJson Raw(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source)
    {
        var start = checked((int)reader.TokenStartIndex);
        reader.Skip();
        return new RawJson(source[start..checked((int)reader.BytesConsumed)]);
    }

    /// <summary>An object kept whole as raw JSON (one copy of its bytes, nothing parsed), or null for JSON null.</summary>
    public static RawJson? RawObject(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string member) =>
        IsObject(ref reader, member) ? Raw(ref reader, source) : null;

    /// <summary>Checks that the value is an object or null, and skips it: null, where <see cref="RawObject"/> would keep it.</summary>
    public static RawJson? SkipObject(ref Utf8JsonReader reader, string member)
    {
        if (IsObject(ref reader, member))
            reader.Skip();
        return null;
    }

    /// <summary>An object of arbitrary JSON values read from its own bytes: a raw part read on first use.</summary>
    public static Dictionary<string, RawJson> RawMap(ReadOnlyMemory<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        ReadValue(ref reader);
        return RawMap(ref reader, utf8, "object") ?? [];
    }

    /// <summary>An object of arbitrary JSON values, each kept raw, keyed by member name.</summary>
    public static Dictionary<string, RawJson>? RawMap(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, string member)
    {
        if (!IsObject(ref reader, member))
            return null;
        var map = new Dictionary<string, RawJson>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var name = reader.GetString()!;
            ReadValue(ref reader);
            map[name] = Raw(ref reader, source);
        }
        return map;
    }

    public static JsonException Mismatch(string member, string expected, ref Utf8JsonReader reader) =>
        new($"'{member}' must be {expected}, not {reader.TokenType} (byte {reader.TokenStartIndex}).");
}
