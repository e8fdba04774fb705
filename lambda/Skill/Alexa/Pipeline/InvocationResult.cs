using System.Diagnostics.CodeAnalysis;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// What the entry point gives a host, the one result of an invocation: the response's bytes to send (and the typed
/// response they were written from), or an error to report; always the summary the host logs. Never an exception.
/// </summary>
public sealed class InvocationResult
{
    private InvocationResult(SkillResponse? response, byte[]? body, SkillError? error, InvocationSummary summary)
    {
        Response = response;
        Body = body;
        Error = error;
        Summary = summary;
    }

    public SkillResponse? Response { get; }

    /// <summary>The serialized response (UTF-8 JSON), exactly what a host sends.</summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The bytes a host sends as they are; a copy per request would cost what the response writer saves.")]
    public byte[]? Body { get; }

    public SkillError? Error { get; }

    /// <summary>Facts for the host's log line.</summary>
    public InvocationSummary Summary { get; }

    [MemberNotNullWhen(true, nameof(Response), nameof(Body))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static InvocationResult Answered(SkillResponse response, byte[] body, InvocationSummary summary) =>
        new(response, body, null, summary);

    public static InvocationResult Failed(SkillError error, InvocationSummary summary) =>
        new(null, null, error, summary);
}
