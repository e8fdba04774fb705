using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Parsing;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// The request envelope Alexa sends: one per user turn. From <see cref="EnvelopeReader"/>, <see cref="Session"/> and
/// <see cref="Context"/> are built from the body on first use (the envelope reads its body until then: keep it
/// unchanged). One request at a time: read on two threads at once, a part may be built twice, each time the same.
/// </summary>
public sealed class SkillRequest
{
    private Session? _session;
    private RequestContext? _context;
    private EnvelopeParts _parts;

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Absent for out-of-session events.</summary>
    [JsonPropertyName("session")]
    public Session? Session
    {
        get => _session ??= _parts.SessionJson.IsEmpty ? null : EnvelopeParser.ReadSession(_parts.SessionJson);
        init => _session = value;
    }

    /// <summary>Always present in real traffic; some old hand-written fixtures omit it.</summary>
    [JsonPropertyName("context")]
    public RequestContext? Context
    {
        get => _context ??= _parts.ContextJson.IsEmpty ? null : ContextParser.ReadContext(_parts.ContextJson);
        init => _context = value;
    }

    [JsonPropertyName("request")]
    public Request? Request { get; init; }

    /// <summary>The skill ID the request was sent to: <c>context.System</c> first, as it is always there, else the session's.</summary>
    [JsonIgnore]
    public string? ApplicationId => ContextApplicationId.Value ?? SessionApplicationId.Value;

    /// <summary>The parts the parser left unbuilt, with what is read of them on every request.</summary>
    internal EnvelopeParts Parts
    {
        init => _parts = value;
    }

    /// <summary>True when the request belongs to a session that was already open before it.</summary>
    internal bool IsInOpenSession => _parts.SessionJson.IsEmpty ? Session is { New: false } : !_parts.SessionIsNew;

    /// <summary><c>context.System.application.applicationId</c>, without building the context.</summary>
    internal DeferredString ContextApplicationId =>
        _parts.ContextJson.IsEmpty ? Context?.System?.Application?.ApplicationIdJson ?? default : _parts.ContextApplicationId;

    /// <summary><c>session.application.applicationId</c>, without building the session.</summary>
    internal DeferredString SessionApplicationId =>
        _parts.SessionJson.IsEmpty ? Session?.Application?.ApplicationIdJson ?? default : _parts.SessionApplicationId;
}
