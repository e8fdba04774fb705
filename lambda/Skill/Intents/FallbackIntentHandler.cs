using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;
using WorldCapitals.Skill.Speech;

namespace WorldCapitals.Skill.Intents;

/// <summary>
/// AMAZON.FallbackIntent, and any intent no other handler took (a model newer than the code):
/// say what the skill can do and keep listening. Registered after every other intent handler.
/// </summary>
internal sealed class FallbackIntentHandler(SpeechCatalog speech, ILogger logger) : IRequestHandler
{
    public bool CanHandle(HandlerInput input) => input.Request is IntentRequest;

    public ValueTask<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        if (input.IntentName != BuiltInIntents.Fallback)
            SkillLog.UnexpectedIntent(logger, input.Request.RequestId, input.IntentName);
        var text = speech.For(input.Locale);
        return ValueTask.FromResult(input.ResponseBuilder
            .Speak(SsmlBuilder.FromText(text.Fallback))
            .Reprompt(SsmlBuilder.FromText(text.FallbackReprompt))
            .EndSession(false)
            .Build());
    }
}
