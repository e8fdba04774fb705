using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Runs after the handler with its response; it may inspect but cannot replace the response.</summary>
public interface IResponseInterceptor
{
    ValueTask ProcessAsync(HandlerInput input, SkillResponse response, CancellationToken cancellationToken);
}
