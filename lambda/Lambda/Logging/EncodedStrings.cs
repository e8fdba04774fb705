using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorldCapitals.Lambda.Logging;

/// <summary>
/// The JSON-encoded forms of the strings a log line writes over and over (a locale, a handler's name, an outcome: the
/// same instances invocation after invocation), by instance: a string written before is copied as its encoded bytes
/// instead of being checked for escapes and transcoded again. A fixed number of entries, each taken over by the next
/// string that falls on it: a line of new strings costs what it did, and nothing grows. Not thread-safe.
/// </summary>
internal sealed class EncodedStrings(JavaScriptEncoder encoder)
{
    private const int Size = 64;
    private readonly Entry[] _entries = new Entry[Size];

    public JsonEncodedText For(string value)
    {
        ref var entry = ref _entries[RuntimeHelpers.GetHashCode(value) & (Size - 1)];
        if (!ReferenceEquals(entry.Value, value))
            entry = new Entry(value, JsonEncodedText.Encode(value, encoder));
        return entry.Encoded;
    }

    private readonly record struct Entry(string? Value, JsonEncodedText Encoded);
}
