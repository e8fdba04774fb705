using System.Diagnostics.CodeAnalysis;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// What the entry point gives a host, the one result of an invocation: the response's bytes to send (and the typed
/// response they were written from), or an error to report; always the summary the host logs. Never an exception.
/// A value, not an object: it is made once per request and only carries references, so it costs no allocation.
/// </summary>
public readonly record struct InvocationResult
{
    private InvocationResult(SkillResponse? response, ReadOnlyMemory<byte> body, SkillError? error, InvocationSummary summary)
    {
        Response = response;
        Body = body;
        Error = error;
        Summary = summary;
    }

    public SkillResponse? Response { get; }

    /// <summary>
    /// The serialized response (UTF-8 JSON), exactly what a host sends; empty for a failure. When the host gave the
    /// call a buffer to write into, these are that buffer's bytes: valid until the host writes there again.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; }

    public SkillError? Error { get; }

    /// <summary>Facts for the host's log line.</summary>
    public InvocationSummary Summary { get; }

    [MemberNotNullWhen(true, nameof(Response))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static InvocationResult Answered(SkillResponse response, ReadOnlyMemory<byte> body, InvocationSummary summary) =>
        new(response, body, null, summary);

    public static InvocationResult Failed(SkillError error, InvocationSummary summary) =>
        new(null, default, error, summary);
}
