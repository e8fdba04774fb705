using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>One request type or intent. The first registered handler that can handle a request answers it.</summary>
public interface IRequestHandler
{
    bool CanHandle(HandlerInput input);

    ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken);
}
