using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// ASK-SDK-style dispatch: the first handler that can handle the request answers it.
/// An exception becomes the first matching error handler's response.
/// </summary>
public sealed class SkillPipeline(
    IReadOnlyList<IRequestHandler> handlers,
    IReadOnlyList<IErrorHandler> errorHandlers,
    ILogger logger)
{
    // The names the log line gives the handlers, read once: a type's name is built anew each time it is asked for.
    private readonly string[] _handlerNames = [.. handlers.Select(handler => handler.GetType().Name)];

    public async ValueTask<SkillResponse> DispatchAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var index = FindHandler(input);
            if (index < 0)
                throw new UnhandledRequestException(input.Request.Type, input.IntentName);
            input.Summary.Handler = _handlerNames[index];
            return await handlers[index].HandleAsync(input, cancellationToken);
        }
#pragma warning disable CA1031 // Every failure must become a spoken answer, whatever its type.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.HandlerFailed(logger, input.Request.RequestId, input.Request.Type, exception);
            var errorHandler = FindErrorHandler(input, exception);
            if (errorHandler is null)
                throw;
            input.Summary.Outcome = "error";
            // The original token may be the one that was cancelled; the apology must still be built.
            return await errorHandler.HandleAsync(input, exception, CancellationToken.None);
        }
    }

    /// <summary>The index of the first handler that can handle the request; -1 for none.</summary>
    private int FindHandler(HandlerInput input)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i].CanHandle(input))
                return i;
        }
        return -1;
    }

    private IErrorHandler? FindErrorHandler(HandlerInput input, Exception exception)
    {
        foreach (var errorHandler in errorHandlers)
        {
            if (errorHandler.CanHandle(input, exception))
                return errorHandler;
        }
        return null;
    }
}
