using Microsoft.Extensions.Logging;

namespace WorldCapitals.Skill;

/// <summary>Every log message of the skill's own handlers, with its event id.</summary>
internal static partial class SkillLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Request {RequestId}: intent {IntentName} has no handler; answered as fallback")]
    public static partial void UnexpectedIntent(ILogger logger, string? requestId, string? intentName);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Request {RequestId}: request type {RequestType} is not used by this skill; answered empty")]
    public static partial void UnhandledRequestType(ILogger logger, string? requestId, string requestType);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Alexa reports that the response to request {CauseRequestId} failed: {ErrorType}: {ErrorMessage}")]
    public static partial void ExceptionEncountered(ILogger logger, string? causeRequestId, string? errorType, string? errorMessage);
}
