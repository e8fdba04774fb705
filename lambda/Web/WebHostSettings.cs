namespace WorldCapitals.Web;

/// <summary>What the host was told at start: the skill ID, and whether verification is (dangerously) off.</summary>
internal sealed record WebHostSettings(string? SkillId, bool NoVerify)
{
    /// <summary>Takes <c>--no-verify</c> out of the arguments; everything else goes to ASP.NET configuration.</summary>
    public static (bool NoVerify, string[] RemainingArgs) ExtractNoVerify(string[] args)
    {
        var remaining = args.Where(a => !string.Equals(a, WebSettingNames.NoVerifySwitch, StringComparison.Ordinal)).ToArray();
        return (remaining.Length != args.Length, remaining);
    }

    /// <summary>Fails at start, not at the first request, when production settings are incomplete.</summary>
    public static WebHostSettings From(IConfiguration configuration, bool noVerify)
    {
        var skillId = configuration[WebSettingNames.SkillId];
        if (!noVerify && string.IsNullOrWhiteSpace(skillId))
        {
            throw new WebHostConfigurationException(
                $"{WebSettingNames.SkillId} is required (environment variable or configuration). "
                + $"For local use with the simulator only, start with {WebSettingNames.NoVerifySwitch}.");
        }
        return new WebHostSettings(string.IsNullOrWhiteSpace(skillId) ? null : skillId, noVerify);
    }
}

/// <summary>The host cannot start with the configuration it was given.</summary>
internal sealed class WebHostConfigurationException(string message) : Exception(message);
