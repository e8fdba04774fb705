namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// Loggable facts about one invocation: what was asked (from the request) and what answered it (filled in by the
/// pipeline and the handler while it runs). No user ids, no tokens, no utterances.
/// </summary>
public sealed record InvocationSummary
{
    public string? RequestId { get; init; }

    public string? Locale { get; init; }

    public string? RequestType { get; init; }

    public string? IntentName { get; init; }

    /// <summary>The handler that answered, by name.</summary>
    public string? Handler { get; set; }

    /// <summary>The id of the entity a slot resolved to, if any.</summary>
    public string? EntityId { get; set; }

    /// <summary>A short outcome word: answered, not-found, ... from the handler, or the <see cref="SkillErrorKind"/> of a failure.</summary>
    public string Outcome { get; set; } = "answered";

    /// <summary>For a body that never became a request.</summary>
    public static InvocationSummary Unparsed(SkillErrorKind kind) => new() { Outcome = kind.ToString() };
}
