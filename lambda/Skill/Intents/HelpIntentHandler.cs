using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

internal sealed class HelpIntentHandler(SpeechCatalog speech) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.IntentName == BuiltInIntents.Help;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        return ValueTask.FromResult(input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(text.Help))
            .Reprompt(SsmlBuilder.FromText(text.HelpReprompt))
            .WithSimpleCard(text.SkillName, text.Help)
            .EndSession(false)
            .Build());
    }
}
