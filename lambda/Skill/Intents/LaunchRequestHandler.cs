using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>"Open world capitals": a short welcome, one example question, and the session stays open.</summary>
internal sealed class LaunchRequestHandler(SpeechCatalog speech) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is LaunchRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        return ValueTask.FromResult(input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(text.Welcome))
            .Reprompt(SsmlBuilder.FromText(text.WelcomeReprompt))
            .WithSimpleCard(text.SkillName, text.Welcome)
            .EndSession(false)
            .Build());
    }
}
