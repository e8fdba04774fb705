using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>Everything a handler gets for one request: the envelope, and a fresh response builder.</summary>
/// <param name="logger">Where the response builder says it shortened an over-long answer; null logs nothing.</param>
public sealed class HandlerInput(SkillRequest envelope, Request request, ILogger? logger = null)
{
    public SkillRequest Envelope { get; } = envelope;

    public Request Request { get; } = request;

    /// <summary>The request's locale, or en-US when Alexa left it out.</summary>
    public string Locale { get; } = string.IsNullOrEmpty(request.Locale) ? "en-US" : request.Locale;

    public ResponseBuilder ResponseBuilder { get; } = new(logger);

    /// <summary>What the host logs about this invocation; the pipeline and the handler fill in what answered.</summary>
    public InvocationSummary Summary { get; } = InvocationSummary.Of(request);

    /// <summary>The intent name of an IntentRequest, else null.</summary>
    public string? IntentName => Summary.IntentName;

    /// <summary>True when the request belongs to a session that was already open before it.</summary>
    public bool IsInOpenSession => Envelope.IsInOpenSession;
}
