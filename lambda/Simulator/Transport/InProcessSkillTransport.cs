using WorldCapitals.Skill;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Simulator.Transport;

/// <summary>Calls the skill's entry point in this process, bytes in and bytes out, as the hosts do.</summary>
public sealed class InProcessSkillTransport(SkillEntryPoint skill) : ISkillTransport
{
    /// <summary>The skill with its production checks: skill ID (<see cref="SkillIdentity.Current"/>) and timestamp.
    /// <paramref name="verify"/> false turns both off, for captured envelopes (old, other skill IDs).</summary>
    public static InProcessSkillTransport Create(bool verify = true, TimeProvider? clock = null) => new(CapitalsSkillFactory.Create(
        new SkillSettings { SkillId = SkillIdentity.Current(), VerifySkillId = verify, VerifyTimestamp = verify },
        clock ?? TimeProvider.System));

    public async Task<SkillReply> SendAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        var result = await skill.InvokeAsync(envelope, cancellationToken);
        if (result.Succeeded)
            return SkillReply.Answered(result.Body.ToArray()) with { Summary = result.Summary };
        var error = result.Error;
        var failure = error.Kind is SkillErrorKind.EmptyBody or SkillErrorKind.InvalidJson ? SkillFailure.BadInput : SkillFailure.NotAnswered;
        return SkillReply.Failed(failure, $"the skill did not answer ({error.Kind}): {OneLine(error.Message)}") with { Summary = result.Summary };
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
