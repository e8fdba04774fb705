namespace WorldCapitals.Skill.Alexa.Ssml;

/// <summary>A complete, well-formed <c>&lt;speak&gt;</c> document. Only <see cref="SsmlBuilder"/> makes one.</summary>
/// <remarks>
/// It holds what goes between <c>&lt;speak&gt;</c> and <c>&lt;/speak&gt;</c>; the whole document is a string only once
/// read as one: a response writer writes it from its body (<see cref="CopyTo"/>), with no string for the document.
/// </remarks>
public sealed class SsmlDocument
{
    private const string SpeakOpen = "<speak>";
    private const string SpeakClose = "</speak>";

    private readonly string _body;
    private string? _document;

    internal SsmlDocument(string body) => _body = body;

    public string Document => _document ??= SpeakOpen + _body + SpeakClose;

    /// <summary>The document's length in UTF-16 units, as <c>Document.Length</c>.</summary>
    public int Length => SpeakOpen.Length + _body.Length + SpeakClose.Length;

    /// <summary>Copies the document into <paramref name="destination"/>, which is at least <see cref="Length"/> long.</summary>
    internal void CopyTo(Span<char> destination)
    {
        SpeakOpen.CopyTo(destination);
        _body.CopyTo(destination[SpeakOpen.Length..]);
        SpeakClose.CopyTo(destination[(SpeakOpen.Length + _body.Length)..]);
    }

    public override string ToString() => Document;
}
