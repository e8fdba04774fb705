namespace WorldCapitals.Skill;

/// <summary>How a host configures the skill. Hosts read these from their own configuration.</summary>
public sealed class SkillSettings
{
    /// <summary>The skill ID requests must carry; null only with <see cref="VerifySkillId"/> off.</summary>
    public string? SkillId { get; init; }

    public bool VerifySkillId { get; init; } = true;

    public bool VerifyTimestamp { get; init; } = true;

    public TimeSpan TimestampTolerance { get; init; } = Alexa.Verification.TimestampVerifier.DefaultTolerance;
}
