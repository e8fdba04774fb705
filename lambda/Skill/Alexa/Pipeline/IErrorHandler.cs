using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Turns an exception thrown by a handler into a response.</summary>
public interface IErrorHandler
{
    bool CanHandle(HandlerInput input, Exception exception);

    ValueTask<SkillResponse> HandleAsync(HandlerInput input, Exception exception, CancellationToken cancellationToken);
}
