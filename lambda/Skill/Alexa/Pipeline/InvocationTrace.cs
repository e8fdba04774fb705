namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Facts about one invocation that hosts log. Never holds user ids or tokens.</summary>
public sealed class InvocationTrace
{
    /// <summary>The handler that answered, by name.</summary>
    public string? Handler { get; set; }

    /// <summary>The id of the entity a slot resolved to, if any.</summary>
    public string? EntityId { get; set; }

    /// <summary>A short outcome word set by the handler (answered, not-found, ...).</summary>
    public string? Outcome { get; set; }
}
