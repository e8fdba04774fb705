using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>Stop, Cancel and NavigateHome: this skill has no home screen, so all three say goodbye and end the session.</summary>
internal sealed class GoodbyeIntentHandler(SpeechCatalog speech) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) =>
        input.IntentName is BuiltInIntents.Stop or BuiltInIntents.Cancel or BuiltInIntents.NavigateHome;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        return ValueTask.FromResult(input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(text.Goodbye))
            .EndSession(true)
            .Build());
    }
}
