using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>Any exception becomes a spoken apology (the pipeline has already logged it with the request id).</summary>
internal sealed class SpokenErrorHandler(SpeechCatalog speech) : IErrorHandler
{
    public bool CanHandle(HandlerInput input, Exception exception) => true;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, Exception exception, CancellationToken cancellationToken)
    {
        var text = speech.For(input.Locale);
        return ValueTask.FromResult(new ResponseBuilder()
            .Speak(SsmlBuilder.FromText(text.Error))
            .Reprompt(SsmlBuilder.FromText(text.ErrorReprompt))
            .EndSession(false)
            .Build());
    }
}
