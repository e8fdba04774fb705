namespace WorldCapitals.Simulator;

/// <summary>
/// The skill ID the simulator's envelopes carry, and that the in-process skill checks: one place, so the
/// two always agree. The SKILL_ID environment variable (the one the hosts read) wins when set.
/// </summary>
public static class SkillIdentity
{
    public const string EnvironmentVariable = "SKILL_ID";

    /// <summary>The skill ID of a local run when SKILL_ID is not set; no deployed skill has it.</summary>
    public const string LocalDevelopmentSkillId = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    public static string Current()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? LocalDevelopmentSkillId : fromEnvironment.Trim();
    }
}
