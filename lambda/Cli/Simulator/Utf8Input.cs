using System.Text;
using System.Text.Unicode;

namespace WorldCapitals.Cli.Simulator;

/// <summary>
/// Input files as developers save them: UTF-8, with or without the byte-order mark Windows editors write
/// (RFC 8259 lets a reader skip it). Anything that is not UTF-8 is refused with a message that says so.
/// </summary>
internal static class Utf8Input
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes after a leading UTF-8 byte-order mark, or all of them.</summary>
    public static ReadOnlyMemory<byte> SkipByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith(ByteOrderMark) ? bytes.AsMemory(ByteOrderMark.Length) : bytes;

    /// <summary>Text without a leading byte-order mark (a reader that did not detect one leaves it as U+FEFF).</summary>
    public static string SkipByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    /// <exception cref="CliException">The bytes are not UTF-8; <paramref name="where"/> names the file.</exception>
    public static void EnsureUtf8(ReadOnlySpan<byte> bytes, string where)
    {
        if (Utf8.IsValid(bytes))
            return;
        var hint = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? " (it is UTF-16)"
            : "";
        throw new CliException($"{where} is not UTF-8 text{hint}; save it as UTF-8");
    }

    /// <summary>The text of a UTF-8 file, without its byte-order mark.</summary>
    /// <exception cref="CliException">The bytes are not UTF-8.</exception>
    public static string Decode(byte[] bytes, string where)
    {
        var content = SkipByteOrderMark(bytes);
        EnsureUtf8(content.Span, where);
        return Strict.GetString(content.Span);
    }
}
