using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Bench.WarmPath;

/// <summary>The skill as the Lambda host builds it: verification on, with the envelopes' skill ID and a clock at their timestamp.</summary>
public static class SkillFactory
{
    public static SkillEntryPoint Create() => CapitalsSkillFactory.Create(
        new SkillSettings { SkillId = BenchEnvelopes.SkillId, VerifySkillId = true, VerifyTimestamp = true },
        clock: new FixedTimeProvider(BenchEnvelopes.Timestamp),
        loggerFactory: null);

    /// <summary>A benchmark of a refusal would measure the wrong thing: fail the setup instead.</summary>
    public static void EnsureAnswered(InvocationResult result, string envelope)
    {
        if (!result.Succeeded || result.Body.IsEmpty)
            throw new InvalidOperationException($"The skill did not answer {envelope}: {result.Error?.Kind} {result.Error?.Message}");
    }

    /// <summary>
    /// One request as the Lambda host makes it: with the host's kept workspace (every handler on this path completes
    /// synchronously; one that did not would show up as allocations).
    /// </summary>
    public static InvocationResult Invoke(SkillEntryPoint skill, ReadOnlyMemory<byte> body, InvocationWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(skill);
        ArgumentNullException.ThrowIfNull(workspace);
        var pending = skill.InvokeAsync(body, workspace);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
