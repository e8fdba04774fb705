namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Runs before the handler, for every request that passed verification.</summary>
public interface IRequestInterceptor
{
    ValueTask ProcessAsync(HandlerInput input, CancellationToken cancellationToken);
}
