using System.Text;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// Ordinal string equality that also compares a string with UTF-8 bytes (a string is equal to its UTF-8 encoding), so
/// a set of strings can be searched with a body's bytes without decoding them (<see cref="KnownStrings"/>).
/// </summary>
internal sealed class Utf8StringComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
{
    public static Utf8StringComparer Instance { get; } = new();

    private Utf8StringComparer()
    {
    }

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    // Hashed as its UTF-8 bytes, so that a string and its bytes have the same hash; strings are hashed only when added.
    public int GetHashCode(string obj) => GetHashCode(Encoding.UTF8.GetBytes(obj));

    public int GetHashCode(ReadOnlySpan<byte> alternate)
    {
        var hash = new HashCode();
        hash.AddBytes(alternate);
        return hash.ToHashCode();
    }

    // ASCII (every locale and every name Alexa allows) compares without decoding; anything else is decoded first.
    public bool Equals(ReadOnlySpan<byte> alternate, string other) =>
        Ascii.Equals(alternate, other) || (!Ascii.IsValid(alternate) && Encoding.UTF8.GetString(alternate) == other);

    public string Create(ReadOnlySpan<byte> alternate) => Encoding.UTF8.GetString(alternate);
}
