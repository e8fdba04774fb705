using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>Name-free probes: this skill answers NO for every intent it does not own. No side effects, no speech.</summary>
internal sealed class CanFulfillIntentHandler : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is CanFulfillIntentRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        ValueTask.FromResult(input.ResponseBuilder
            .WithCanFulfillIntent(new CanFulfillIntent { CanFulfill = CanFulfillValues.No })
            .Build());
}
