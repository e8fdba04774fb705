using System.Diagnostics.CodeAnalysis;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Simulator.Transport;

/// <summary>Delivers a request envelope to the skill (in this process, or a running endpoint) and returns its reply.</summary>
public interface ISkillTransport
{
    /// <summary>Never throws for a refused or failed request: that is a <see cref="SkillReply"/> with an error.</summary>
    Task<SkillReply> SendAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken);
}

public enum SkillFailure
{
    None,

    /// <summary>The envelope itself is unusable (empty, not JSON): the caller's input is wrong.</summary>
    BadInput,

    /// <summary>The skill refused or failed the envelope, or the endpoint could not be reached.</summary>
    NotAnswered,
}

/// <summary>The response envelope (UTF-8 JSON), or a one-line reason why there is none.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The response envelope's bytes as the skill or endpoint gave them, as InvocationResult.Body.")]
public sealed record SkillReply(byte[]? Body, SkillFailure Failure, string? Error)
{
    /// <summary>What the skill reports about the invocation (which place it answered, its outcome); only a skill
    /// called in this process gives it, an endpoint does not.</summary>
    public InvocationSummary? Summary { get; init; }

    public bool Succeeded => Failure == SkillFailure.None;

    public static SkillReply Answered(byte[] body) => new(body, SkillFailure.None, null);

    public static SkillReply Failed(SkillFailure failure, string error) => new(null, failure, error);
}
