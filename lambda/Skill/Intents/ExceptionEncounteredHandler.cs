using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>A previous response failed on the device: log what Alexa says, answer empty.</summary>
internal sealed class ExceptionEncounteredHandler(ILogger logger) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is ExceptionEncounteredRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var request = (ExceptionEncounteredRequest)input.Request;
        SkillLog.ExceptionEncountered(logger, request.Cause?.RequestId, request.Error?.Type, request.Error?.Message);
        return ValueTask.FromResult(ResponseBuilder.Empty());
    }
}
