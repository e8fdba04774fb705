using System.Text;
using System.Text.Json;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// A JSON string kept as its UTF-8 bytes (a slice of the envelope's body, not a copy) until someone reads it: the
/// long ids and tokens of the envelope that most skills never look at, so the hot path allocates nothing for them.
/// </summary>
internal struct DeferredString : IEquatable<DeferredString>
{
    private string? _value;
    private ReadOnlyMemory<byte> _utf8;

    public static DeferredString FromValue(string? value) => new() { _value = value };

    /// <summary>From a string's bytes between its quotes, with no escapes (the parser decodes escaped strings at once).</summary>
    public static DeferredString FromUnescaped(ReadOnlyMemory<byte> utf8) =>
        utf8.IsEmpty ? FromValue(string.Empty) : new() { _utf8 = utf8 };

    /// <summary>No string: absent or JSON null.</summary>
    public readonly bool IsNull => _utf8.IsEmpty && _value is null;

    /// <summary>Whether the string is <paramref name="text"/>, decoding nothing when both are ASCII.</summary>
    public bool ValueEquals(string? text)
    {
        if (_utf8.IsEmpty)
            return _value == text;
        if (text is null)
            return false;
        return Ascii.Equals(_utf8.Span, text) || (!Ascii.IsValid(_utf8.Span) && Value == text);
    }

    /// <summary>Whether both are the same string; unescaped UTF-8 is equal exactly when its bytes are.</summary>
    public bool ValueEquals(DeferredString other) =>
        !_utf8.IsEmpty && !other._utf8.IsEmpty ? _utf8.Span.SequenceEqual(other._utf8.Span) : other.ValueEquals(Value);

    /// <summary>Writes the string as a JSON property: from its bytes while it has not been read as a string, so nothing is decoded.</summary>
    public readonly void WriteTo(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName)
    {
        if (_utf8.IsEmpty)
            writer.WriteString(propertyName, _value);
        else
            writer.WriteString(propertyName, _utf8.Span);
    }

    /// <summary>Equal when both are the same string (or both null), however each is held.</summary>
    public readonly bool Equals(DeferredString other)
    {
        var self = this;
        return self.ValueEquals(other);
    }

    public override readonly bool Equals(object? obj) => obj is DeferredString other && Equals(other);

    public override readonly int GetHashCode()
    {
        var self = this;
        return self.Value?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }

    public static bool operator ==(DeferredString left, DeferredString right) => left.Equals(right);

    public static bool operator !=(DeferredString left, DeferredString right) => !left.Equals(right);

    public string? Value
    {
        get
        {
            if (!_utf8.IsEmpty)
            {
                // The parser checked the whole body for valid UTF-8 before keeping this slice.
                _value = Encoding.UTF8.GetString(_utf8.Span);
                _utf8 = default;
            }
            return _value;
        }
    }
}
