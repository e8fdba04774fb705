namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Loggable facts about one invocation: no user ids, no tokens, no utterances.</summary>
public sealed record InvocationSummary(
    string? RequestId,
    string? Locale,
    string? RequestType,
    string? IntentName,
    string? Handler,
    string? EntityId,
    string Outcome)
{
    public static InvocationSummary Unparsed(string outcome) => new(null, null, null, null, null, null, outcome);
}
