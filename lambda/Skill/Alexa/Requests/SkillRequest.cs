using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>The request envelope Alexa sends: one per user turn.</summary>
public sealed class SkillRequest
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>Absent for out-of-session events.</summary>
    [JsonPropertyName("session")]
    public Session? Session { get; init; }

    /// <summary>Always present in real traffic; some old hand-written fixtures omit it.</summary>
    [JsonPropertyName("context")]
    public RequestContext? Context { get; init; }

    [JsonPropertyName("request")]
    public Request? Request { get; init; }

    /// <summary>The skill ID the request was sent to: <c>context.System</c> first, as it is always there, else the session's.</summary>
    [JsonIgnore]
    public string? ApplicationId =>
        Context?.System?.Application?.ApplicationId ?? Session?.Application?.ApplicationId;
}
