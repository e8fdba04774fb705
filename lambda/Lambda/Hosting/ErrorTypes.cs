using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Hosting;

/// <summary>
/// The errorType values the host reports to Lambda (and logs). docs/DEPLOY.md lists them.
/// A thrown exception is reported under its own type name, as Lambda's own runtimes do.
/// </summary>
internal static class ErrorTypes
{
    /// <summary>The skill refused or could not read the event, e.g. <c>Alexa.SkillIdMismatch</c>.</summary>
    public static string ForSkillError(SkillErrorKind kind) => "Alexa." + kind;

    public const string DeadlineExceeded = "Host.DeadlineExceeded";

    public const string ConfigurationError = "Host.ConfigurationError";

    public const string InitFailed = "Host.InitFailed";

    public static string ForException(Exception exception) => exception.GetType().Name;
}
