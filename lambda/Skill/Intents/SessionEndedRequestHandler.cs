using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>Alexa ignores any output here, so the answer is empty; nothing is kept to clean up.</summary>
internal sealed class SessionEndedRequestHandler : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is SessionEndedRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ResponseBuilder.Empty());
}
