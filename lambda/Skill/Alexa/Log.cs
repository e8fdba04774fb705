using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Skill.Alexa;

/// <summary>Every log message of the protocol layer, with its event id.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Refused a request body: {Kind}: {Reason}")]
    public static partial void EnvelopeRefused(ILogger logger, SkillErrorKind kind, string reason);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Rejected request {RequestId}: {Kind}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string? requestId, SkillErrorKind kind, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Handling request {RequestId} ({RequestType}) failed")]
    public static partial void HandlerFailed(ILogger logger, string? requestId, string requestType, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Critical, Message = "The error handlers failed for request {RequestId}")]
    public static partial void ErrorHandlerFailed(ILogger logger, string? requestId, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning,
        Message = "The response's {Part} is {Length} characters, more than the {Limit} Alexa accepts: truncated to fit")]
    public static partial void ResponseTruncated(ILogger logger, string part, int length, int limit);
}
