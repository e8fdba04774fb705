using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// Everything a handler gets for one request: the envelope, and an empty response builder (a fresh one, or one an
/// <see cref="InvocationWorkspace"/> reset for this request).
/// </summary>
public sealed class HandlerInput
{
    /// <param name="logger">Where the response builder says it shortened an over-long answer; null logs nothing.</param>
    public HandlerInput(SkillRequest envelope, Request request, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ResponseBuilder = new(logger);
        Summary = InvocationSummary.Of(request);
        (Envelope, Request, Locale) = (envelope, request, LocaleOf(request));
    }

    public SkillRequest Envelope { get; private set; }

    public Request Request { get; private set; }

    /// <summary>The request's locale, or en-US when Alexa left it out.</summary>
    public string Locale { get; private set; }

    public ResponseBuilder ResponseBuilder { get; }

    /// <summary>What the host logs about this invocation; the pipeline and the handler fill in what answered.</summary>
    public InvocationSummary Summary { get; }

    /// <summary>The intent name of an IntentRequest, else null.</summary>
    public string? IntentName => Summary.IntentName;

    /// <summary>True when the request belongs to a session that was already open before it.</summary>
    public bool IsInOpenSession => Envelope.IsInOpenSession;

    /// <summary>Makes this the input of another request, with its builder and summary emptied (<see cref="InvocationWorkspace"/>).</summary>
    internal void Reuse(SkillRequest envelope, Request request)
    {
        (Envelope, Request, Locale) = (envelope, request, LocaleOf(request));
        ResponseBuilder.Reset();
        Summary.Reset(request);
    }

    private static string LocaleOf(Request request) => string.IsNullOrEmpty(request.Locale) ? "en-US" : request.Locale;
}
