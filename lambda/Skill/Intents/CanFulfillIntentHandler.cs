using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// Name-free probes: the handler that owns the intent answers (see <see cref="ICanFulfillIntent"/>); NO for every
/// intent no handler owns. No side effects, no speech.
/// </summary>
internal sealed class CanFulfillIntentHandler(IReadOnlyList<ICanFulfillIntent> owners) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is CanFulfillIntentRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var answer = Ask(((CanFulfillIntentRequest)input.Request).Intent, input.Locale)
            ?? new CanFulfillIntent { CanFulfill = CanFulfillValues.No };
        return ValueTask.FromResult(input.ResponseBuilder.WithCanFulfillIntent(answer).Build());
    }

    private CanFulfillIntent? Ask(Intent? intent, string locale)
    {
        if (intent is null)
            return null;
        foreach (var owner in owners)
        {
            if (owner.CanFulfill(intent, locale) is { } answer)
                return answer;
        }
        return null;
    }
}
