using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>What the entry point gives a host: a response to send, or an error to report. Never an exception.</summary>
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

    /// <summary>The serialized response (UTF-8 JSON), set by the bytes overload only.</summary>
    public byte[]? Body { get; }

    public SkillError? Error { get; }

    /// <summary>Facts for the host's log line.</summary>
    public InvocationSummary Summary { get; }

    public bool Succeeded => Error is null;

    public static InvocationResult Answered(SkillResponse response, byte[]? body, InvocationSummary summary) =>
        new(response, body, null, summary);

    public static InvocationResult Failed(SkillError error, InvocationSummary summary) =>
        new(null, null, error, summary);
}
