using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// Name-free probes: YES when the question names a country the skill knows (or a name several countries share,
/// which the skill answers with every one), MAYBE when it names none yet (the skill would ask), NO otherwise and
/// for every intent the skill does not own. A slot understood only from a guess (a name inside extra words, a
/// forgiving match) is MAYBE understood. No side effects, no speech.
/// </summary>
internal sealed class CanFulfillIntentHandler(CountrySlotResolver resolver) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is CanFulfillIntentRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var intent = ((CanFulfillIntentRequest)input.Request).Intent;
        var answer = intent?.Name == CapitalIntentHandler.IntentName
            ? ForCapitalQuestion(intent, input.Locale)
            : new CanFulfillIntent { CanFulfill = CanFulfillValues.No };
        return ValueTask.FromResult(input.ResponseBuilder.WithCanFulfillIntent(answer).Build());
    }

    private CanFulfillIntent ForCapitalQuestion(Intent intent, string locale)
    {
        var resolution = resolver.Resolve(intent.GetSlot(CapitalIntentHandler.CountrySlot), locale);
        if (resolution.Spoken is null && !resolution.IsResolved)
            return new CanFulfillIntent { CanFulfill = CanFulfillValues.Maybe };
        var known = resolution.IsResolved;
        return new CanFulfillIntent
        {
            CanFulfill = known ? CanFulfillValues.Yes : CanFulfillValues.No,
            Slots = new()
            {
                [CapitalIntentHandler.CountrySlot] = new CanFulfillSlot
                {
                    CanUnderstand = resolution.Method switch
                    {
                        CountryResolutionMethod.EntityResolution or CountryResolutionMethod.Name => CanFulfillValues.Yes,
                        CountryResolutionMethod.ExtraWords or CountryResolutionMethod.ForgivingMatch => CanFulfillValues.Maybe,
                        _ => CanFulfillValues.No,
                    },
                    CanFulfill = known ? CanFulfillValues.Yes : CanFulfillValues.No,
                },
            },
        };
    }
}
