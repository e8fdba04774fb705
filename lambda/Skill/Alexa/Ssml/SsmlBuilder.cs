using System.Buffers;
using System.Text;

namespace WorldCapitals.Skill.Alexa.Ssml;

/// <summary>
/// Builds SSML from text and a few elements. Every piece of text and every attribute value is escaped,
/// and characters XML does not allow are dropped, so the result is always well-formed.
/// </summary>
public sealed class SsmlBuilder
{
    // What IsPlain looks for among ASCII: XML's specials and the control characters XML 1.0 does not allow.
    private static readonly SearchValues<char> NotPlainAscii = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly StringBuilder _body = new();

    public SsmlBuilder Text(string? text)
    {
        AppendEscaped(_body, text);
        return this;
    }

    /// <summary>Text with a space before it when something precedes it.</summary>
    public SsmlBuilder Sentence(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return this;
        if (_body.Length > 0 && _body[^1] != ' ')
            _body.Append(' ');
        return Text(text);
    }

    public SsmlBuilder Lang(string language, string text) => Element("lang", "xml:lang", language, text);

    public SsmlDocument Build() => new(_body.ToString());

    /// <summary>Shorthand for a document holding one piece of escaped text.</summary>
    public static SsmlDocument FromText(string? text) =>
        IsPlain(text)
            ? new(text ?? string.Empty)
            : new SsmlBuilder().Text(text).Build();

    private SsmlBuilder Element(string name, string attribute, string attributeValue, string text)
    {
        _body.Append('<').Append(name).Append(' ').Append(attribute).Append("=\"");
        AppendEscaped(_body, attributeValue);
        _body.Append("\">");
        AppendEscaped(_body, text);
        _body.Append("</").Append(name).Append('>');
        return this;
    }

    internal static void AppendEscaped(StringBuilder target, string? text)
    {
        if (text is null)
            return;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': target.Append("&amp;"); break;
                case '<': target.Append("&lt;"); break;
                case '>': target.Append("&gt;"); break;
                case '"': target.Append("&quot;"); break;
                case '\'': target.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        target.Append(c).Append(text[++i]);
                    else if (IsXmlChar(c))
                        target.Append(c);
                    break;
            }
        }
    }

    // Text AppendEscaped would copy unchanged: no XML specials, nothing to drop (the common case, built in one step).
    // Three vectorized searches (ASCII, surrogates, U+FFFE/U+FFFF) instead of a test per character.
    private static bool IsPlain(string? text)
    {
        var span = text.AsSpan();
        return !span.ContainsAny(NotPlainAscii) && !span.ContainsAnyInRange('\uD800', '\uDFFF') && !span.ContainsAny('\uFFFE', '\uFFFF');
    }

    // XML 1.0 allows tab, newline, carriage return and everything from U+0020 except U+FFFE/U+FFFF;
    // surrogates are only valid in pairs, which the caller lets through.
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
