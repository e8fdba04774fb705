using Microsoft.Extensions.Logging;

namespace WorldCapitals.Lambda.Configuration;

/// <summary>What the host reads from its environment at start.</summary>
internal sealed record LambdaConfiguration(
    string? SkillId,
    bool VerifySkillId,
    LogLevel LogLevel,
    string? CapitalsTable)
{
    public static LambdaConfiguration Read(IEnvironmentVariables environment)
    {
        var skillId = Trimmed(environment, LambdaNames.SkillIdVariable);
        var verification = Trimmed(environment, LambdaNames.SkillIdVerificationVariable);
        var verifySkillId = !string.Equals(verification, LambdaNames.VerificationDisabled, StringComparison.OrdinalIgnoreCase);
        if (verification is not null && verifySkillId)
        {
            throw new ConfigurationException(
                $"{LambdaNames.SkillIdVerificationVariable} may only be '{LambdaNames.VerificationDisabled}' (or unset); got '{verification}'.");
        }
        if (verifySkillId && skillId is null)
        {
            throw new ConfigurationException(
                $"{LambdaNames.SkillIdVariable} is not set. Set it to the skill's ID (amzn1.ask.skill...), "
                + $"or set {LambdaNames.SkillIdVerificationVariable}={LambdaNames.VerificationDisabled} for local testing only.");
        }
        return new LambdaConfiguration(
            skillId,
            verifySkillId,
            ParseLogLevel(Trimmed(environment, LambdaNames.LogLevelVariable)),
            Trimmed(environment, LambdaNames.CapitalsTableVariable));
    }

    private static string? Trimmed(IEnvironmentVariables environment, string name)
    {
        var value = environment.Get(name)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static LogLevel ParseLogLevel(string? value) => value?.ToUpperInvariant() switch
    {
        null => LogLevel.Information,
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "FATAL" or "CRITICAL" => LogLevel.Critical,
        _ => throw new ConfigurationException(
            $"{LambdaNames.LogLevelVariable} '{value}' is not one of Trace, Debug, Information, Warning, Error, Critical."),
    };
}
