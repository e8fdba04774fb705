using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>
/// Fluent builder for one response; a fresh one comes with every <see cref="Pipeline.HandlerInput"/>.
/// Speech and cards longer than Alexa accepts are shortened to <see cref="ResponseLimits"/> and logged.
/// </summary>
public sealed class ResponseBuilder(ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private OutputSpeech? _speech;
    private Reprompt? _reprompt;
    private Card? _card;
    private List<Directive>? _directives;
    private bool? _shouldEndSession;
    private CanFulfillIntent? _canFulfillIntent;

    public ResponseBuilder Speak(SsmlDocument ssml, string? playBehavior = null)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        _speech = ResponseLimits.Cap(new SsmlOutputSpeech { Ssml = ssml.Document, PlayBehavior = playBehavior }, "outputSpeech", _logger);
        return this;
    }

    public ResponseBuilder SpeakPlainText(string text, string? playBehavior = null)
    {
        _speech = ResponseLimits.Cap(new PlainTextOutputSpeech { Text = text, PlayBehavior = playBehavior }, "outputSpeech", _logger);
        return this;
    }

    /// <summary>What Alexa says when the microphone is open and the user says nothing.</summary>
    public ResponseBuilder Reprompt(SsmlDocument ssml)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        _reprompt = new Reprompt { OutputSpeech = ResponseLimits.Cap(new SsmlOutputSpeech { Ssml = ssml.Document }, "reprompt", _logger) };
        return this;
    }

    public ResponseBuilder WithSimpleCard(string title, string content) =>
        WithCard(new SimpleCard { Title = title, Content = content });

    public ResponseBuilder WithCard(Card card)
    {
        _card = ResponseLimits.Cap(card, _logger);
        return this;
    }

    public ResponseBuilder AddDirective(Directive directive)
    {
        (_directives ??= []).Add(directive);
        return this;
    }

    /// <summary><c>true</c>, <c>false</c>, or null to omit <c>shouldEndSession</c> from the response.</summary>
    public ResponseBuilder EndSession(bool? shouldEndSession)
    {
        _shouldEndSession = shouldEndSession;
        return this;
    }

    public ResponseBuilder WithCanFulfillIntent(CanFulfillIntent canFulfillIntent)
    {
        _canFulfillIntent = canFulfillIntent;
        return this;
    }

    public SkillResponse Build() => new()
    {
        Response = new ResponseBody
        {
            OutputSpeech = _speech,
            Reprompt = _reprompt,
            Card = _card,
            Directives = _directives,
            ShouldEndSession = _shouldEndSession,
            CanFulfillIntent = _canFulfillIntent,
        },
    };

    /// <summary><c>{"version":"1.0","response":{}}</c>: the answer to requests whose output Alexa ignores.</summary>
    public static SkillResponse Empty() => new();
}
