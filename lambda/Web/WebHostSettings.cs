namespace WorldCapitals.Web;

/// <summary>What the host was told at start: the skill ID, whether verification is (dangerously) off, and the capitals table if any.</summary>
internal sealed record WebHostSettings(string? SkillId, bool NoVerify, string? CapitalsTable = null)
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
        var capitalsTable = configuration[WebSettingNames.CapitalsTable];
        return new WebHostSettings(
            string.IsNullOrWhiteSpace(skillId) ? null : skillId,
            noVerify,
            string.IsNullOrWhiteSpace(capitalsTable) ? null : capitalsTable.Trim());
    }
}

/// <summary>The host cannot start with the configuration it was given.</summary>
internal sealed class WebHostConfigurationException : Exception
{
    public WebHostConfigurationException()
    {
    }

    public WebHostConfigurationException(string message)
        : base(message)
    {
    }

    public WebHostConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
