namespace WorldCapitals.Skill.Alexa.Ssml;

/// <summary>A complete, well-formed <c>&lt;speak&gt;</c> document. Only <see cref="SsmlBuilder"/> makes one.</summary>
public sealed class SsmlDocument
{
    internal SsmlDocument(string document) => Document = document;

    public string Document { get; }

    public override string ToString() => Document;
}
