using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Verification;

/// <summary>Rejects requests whose timestamp is further than the tolerance from now, in either direction.</summary>
public sealed class TimestampVerifier(TimeProvider clock, TimeSpan tolerance) : IRequestVerifier
{
    /// <summary>Alexa's documented tolerance.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(150);

    public TimestampVerifier(TimeProvider clock)
        : this(clock, DefaultTolerance)
    {
    }

    public SkillError? Verify(SkillRequest envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var timestamp = envelope.Request?.Timestamp;
        if (timestamp is null)
            return new SkillError(SkillErrorKind.TimestampOutOfTolerance, "The request carries no timestamp.");
        var skew = clock.GetUtcNow() - timestamp.Value;
        return skew.Duration() <= tolerance
            ? null
            : new SkillError(
                SkillErrorKind.TimestampOutOfTolerance,
                $"The request timestamp is {Math.Abs(skew.TotalSeconds):0.###} s {(skew > TimeSpan.Zero ? "old" : "in the future")}; the tolerance is {tolerance.TotalSeconds:0.###} s.");
    }
}
