using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>
/// Fluent builder for one response; an empty one comes with every <see cref="Pipeline.HandlerInput"/>.
/// Speech and cards longer than Alexa accepts are shortened to <see cref="ResponseLimits"/> and logged.
/// </summary>
/// <remarks>
/// The usual answer (SSML speech and reprompt, a simple card, shouldEndSession) is kept as given: <see cref="Build"/>'s
/// response is written from this builder, and its objects (<see cref="SkillResponse.Response"/>) are built only when
/// read. A change to the builder after <see cref="Build"/> first gives the built response objects of its own, so a
/// built response never changes.
/// </remarks>
public sealed class ResponseBuilder(ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private SsmlDocument? _ssml;
    private OutputSpeech? _speech;
    private SsmlDocument? _repromptSsml;
    private Reprompt? _reprompt;
    private bool _hasSimpleCard;
    private string? _cardTitle;
    private string? _cardContent;
    private Card? _card;
    private List<Directive>? _directives;
    private bool? _shouldEndSession;
    private CanFulfillIntent? _canFulfillIntent;
    private SkillResponse? _built;

    // The response built before a reset, still reading this builder: the next Build gives it again.
    private SkillResponse? _spare;

    public ResponseBuilder Speak(SsmlDocument ssml, string? playBehavior = null)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        Detach();
        var kept = playBehavior is null && ssml.Length <= ResponseLimits.MaxSpeechCharacters;
        _ssml = kept ? ssml : null;
        _speech = kept ? null : ResponseLimits.Cap(new SsmlOutputSpeech { Ssml = ssml.Document, PlayBehavior = playBehavior }, "outputSpeech", _logger);
        return this;
    }

    public ResponseBuilder SpeakPlainText(string text, string? playBehavior = null)
    {
        Detach();
        _ssml = null;
        _speech = ResponseLimits.Cap(new PlainTextOutputSpeech { Text = text, PlayBehavior = playBehavior }, "outputSpeech", _logger);
        return this;
    }

    /// <summary>What Alexa says when the microphone is open and the user says nothing.</summary>
    public ResponseBuilder Reprompt(SsmlDocument ssml)
    {
        ArgumentNullException.ThrowIfNull(ssml);
        Detach();
        var kept = ssml.Length <= ResponseLimits.MaxSpeechCharacters;
        _repromptSsml = kept ? ssml : null;
        _reprompt = kept ? null : new Reprompt { OutputSpeech = ResponseLimits.Cap(new SsmlOutputSpeech { Ssml = ssml.Document }, "reprompt", _logger) };
        return this;
    }

    public ResponseBuilder WithSimpleCard(string title, string content)
    {
        if ((title?.Length ?? 0) + (content?.Length ?? 0) > ResponseLimits.MaxCardCharacters)
            return WithCard(new SimpleCard { Title = title, Content = content });
        Detach();
        (_hasSimpleCard, _cardTitle, _cardContent, _card) = (true, title, content, null);
        return this;
    }

    public ResponseBuilder WithCard(Card card)
    {
        Detach();
        (_hasSimpleCard, _cardTitle, _cardContent) = (false, null, null);
        _card = ResponseLimits.Cap(card, _logger);
        return this;
    }

    public ResponseBuilder AddDirective(Directive directive)
    {
        Detach();
        (_directives ??= []).Add(directive);
        return this;
    }

    /// <summary><c>true</c>, <c>false</c>, or null to omit <c>shouldEndSession</c> from the response.</summary>
    public ResponseBuilder EndSession(bool? shouldEndSession)
    {
        Detach();
        _shouldEndSession = shouldEndSession;
        return this;
    }

    public ResponseBuilder WithCanFulfillIntent(CanFulfillIntent canFulfillIntent)
    {
        Detach();
        _canFulfillIntent = canFulfillIntent;
        return this;
    }

    public SkillResponse Build()
    {
        Detach();
        // A spare whose objects were built (read after its invocation) holds them: it cannot be this response.
        _built = _spare is { Builder: not null } spare ? spare : new SkillResponse(this);
        _spare = null;
        return _built;
    }

    /// <summary><c>{"version":"1.0","response":{}}</c>: the answer to requests whose output Alexa ignores.</summary>
    public static SkillResponse Empty() => new();

    /// <summary>SSML speech kept as given (no play behaviour, within the limit); else see <see cref="OtherSpeech"/>.</summary>
    internal SsmlDocument? SpeechSsml => _ssml;

    internal OutputSpeech? OtherSpeech => _speech;

    internal SsmlDocument? RepromptSsml => _repromptSsml;

    internal Reprompt? OtherReprompt => _reprompt;

    /// <summary>A simple card of <see cref="CardTitle"/> and <see cref="CardContent"/>; else see <see cref="OtherCard"/>.</summary>
    internal bool HasSimpleCard => _hasSimpleCard;

    internal string? CardTitle => _cardTitle;

    internal string? CardContent => _cardContent;

    internal Card? OtherCard => _card;

    internal IReadOnlyList<Directive>? Directives => _directives;

    internal bool? ShouldEndSession => _shouldEndSession;

    internal CanFulfillIntent? CanFulfillIntent => _canFulfillIntent;

    /// <summary>The response objects of what was built.</summary>
    internal ResponseBody BuildBody() => new()
    {
        OutputSpeech = _ssml is { } ssml ? new SsmlOutputSpeech { Ssml = ssml.Document } : _speech,
        Reprompt = _repromptSsml is { } reprompt ? new Reprompt { OutputSpeech = new SsmlOutputSpeech { Ssml = reprompt.Document } } : _reprompt,
        Card = _hasSimpleCard ? new SimpleCard { Title = _cardTitle, Content = _cardContent } : _card,
        Directives = _directives,
        ShouldEndSession = _shouldEndSession,
        CanFulfillIntent = _canFulfillIntent,
    };

    /// <summary>
    /// Empties the builder for the next response of an <see cref="Pipeline.InvocationWorkspace"/>. The response built
    /// last is given up, not detached: it was the previous invocation's, valid until this one began; the next
    /// <see cref="Build"/> gives that object again.
    /// </summary>
    internal void Reset()
    {
        _spare = _built ?? _spare;
        _built = null;
        (_ssml, _speech, _repromptSsml, _reprompt) = (null, null, null, null);
        (_hasSimpleCard, _cardTitle, _cardContent, _card) = (false, null, null, null);
        (_directives, _shouldEndSession, _canFulfillIntent) = (null, null, null);
    }

    // The response built last reads this builder: before the builder changes, it gets its own objects.
    private void Detach()
    {
        _built?.BuildResponse();
        _built = null;
    }
}
