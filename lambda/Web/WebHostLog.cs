using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web;

/// <summary>Every log line of the web host. With --no-verify, every request line says so.</summary>
internal static partial class WebHostLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Answered {RequestId} {RequestType} {IntentName} by {Handler}: {Outcome} in {ElapsedMs:0.###} ms")]
    public static partial void Answered(ILogger logger, string? requestId, string? requestType, string? intentName, string? handler, string outcome, double elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "UNVERIFIED (--no-verify) request answered {RequestId} {RequestType} {IntentName} by {Handler}: {Outcome} in {ElapsedMs:0.###} ms")]
    public static partial void AnsweredUnverified(ILogger logger, string? requestId, string? requestType, string? intentName, string? handler, string outcome, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected with HTTP 400: {Reason}: {Detail}")]
    public static partial void Rejected(ILogger logger, RejectionReason reason, string detail);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "UNVERIFIED (--no-verify) request rejected with HTTP 400: {Reason}: {Detail}")]
    public static partial void RejectedUnverified(ILogger logger, RejectionReason reason, string detail);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "The skill failed on {RequestId}: {Detail}")]
    public static partial void SkillFailed(ILogger logger, string? requestId, string detail);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Critical,
        Message = "REQUEST VERIFICATION IS OFF (--no-verify): signatures, certificates, timestamps and skill IDs are NOT checked. "
            + "Local use with the simulator only; never expose this host.")]
    public static partial void VerificationOff(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Alexa request verification is on for skill {SkillId}")]
    public static partial void VerificationOn(ILogger logger, string? skillId);

    public static void Answered(ILogger logger, bool unverified, InvocationSummary s, double elapsedMs)
    {
        if (unverified)
            AnsweredUnverified(logger, s.RequestId, s.RequestType, s.IntentName, s.Handler, s.Outcome, elapsedMs);
        else
            Answered(logger, s.RequestId, s.RequestType, s.IntentName, s.Handler, s.Outcome, elapsedMs);
    }

    public static void Rejected(ILogger logger, bool unverified, RequestRejection rejection)
    {
        if (unverified)
            RejectedUnverified(logger, rejection.Reason, rejection.Detail);
        else
            Rejected(logger, rejection.Reason, rejection.Detail);
    }
}
