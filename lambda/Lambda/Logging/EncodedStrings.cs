using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorldCapitals.Lambda.Logging;

/// <summary>
/// The JSON-encoded forms of the strings a log line writes over and over (a locale, a handler's name, an outcome: the
/// same instances invocation after invocation), by instance: a string written before is copied as its encoded bytes
/// instead of being checked for escapes and transcoded again. A fixed number of entries; a string looks in a few
/// neighbouring ones and, when they are all taken by others, takes over the first: a line of new strings costs what it
/// did, and nothing grows. Not thread-safe.
/// </summary>
internal sealed class EncodedStrings(JavaScriptEncoder encoder)
{
    private const int Size = 64;
    private const int Probes = 4;
    private readonly Entry[] _entries = new Entry[Size];

    public JsonEncodedText For(string value)
    {
        var start = Start(value);
        for (var i = 0; i < Probes; i++)
        {
            ref var entry = ref _entries[(start + i) & (Size - 1)];
            if (ReferenceEquals(entry.Value, value))
                return entry.Encoded;
            if (entry.Value is null)
                return Keep(ref entry, value);
        }
        return Keep(ref _entries[start], value);
    }

    private JsonEncodedText Keep(ref Entry entry, string value)
    {
        entry = new Entry(value, JsonEncodedText.Encode(value, encoder));
        return entry.Encoded;
    }

    // Cheaper than a hash of the object or of its text; the probes make up for the strings it puts side by side.
    private static int Start(string value) =>
        value.Length == 0 ? 0 : (value.Length + (31 * value[0]) + (7 * value[^1]) + (3 * value[value.Length / 2])) & (Size - 1);

    private readonly record struct Entry(string? Value, JsonEncodedText Encoded);
}
