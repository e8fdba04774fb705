using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>Every request type the skill has no use for (APL events, audio, skill events...): logged, answered empty.</summary>
internal sealed class UnknownRequestHandler(ILogger logger) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => true;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        SkillLog.UnhandledRequestType(logger, input.Request.RequestId, input.Request.Type);
        return ValueTask.FromResult(ResponseBuilder.Empty());
    }
}
