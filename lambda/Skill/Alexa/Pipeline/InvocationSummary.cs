using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Pipeline;

/// <summary>
/// Loggable facts about one invocation: what was asked (from the request) and what answered it (filled in by the
/// pipeline and the handler while it runs). No user ids, no tokens, no utterances.
/// </summary>
/// <remarks>
/// The request id stays a slice of the request body until it is read as a string (<see cref="RequestId"/>): read it, or
/// write it with <see cref="WriteRequestId"/>, before the body changes, as for the envelope itself.
/// </remarks>
public sealed record InvocationSummary
{
    // What was asked is read from the request itself rather than copied here: one reference instead of four fields.
    private Request? _request;

    private InvocationSummary(Request? request) => _request = request;

    /// <summary>The summary of an invocation of <paramref name="request"/>, before anything answered it.</summary>
    internal static InvocationSummary Of(Request request) => new(request);

    public string? RequestId => _request?.RequestId;

    public string? Locale => _request?.Locale;

    public string? RequestType => _request?.Type;

    /// <summary>The intent name of an IntentRequest, else null.</summary>
    public string? IntentName => (_request as IntentRequest)?.Intent?.Name;

    /// <summary>The handler that answered, by name.</summary>
    public string? Handler { get; set; }

    /// <summary>The id of the entity a slot resolved to, if any.</summary>
    public string? EntityId { get; set; }

    /// <summary>A short outcome word: answered, not-found, ... from the handler, or the <see cref="SkillErrorKind"/> of a failure.</summary>
    public string Outcome { get; set; } = "answered";

    /// <summary>Makes this the summary of another invocation, before anything answered it (<see cref="InvocationWorkspace"/>).</summary>
    internal void Reset(Request request)
    {
        _request = request;
        (Handler, EntityId, Outcome) = (null, null, "answered");
    }

    /// <summary>For a body that never became a request.</summary>
    public static InvocationSummary Unparsed(SkillErrorKind kind) => new(request: null) { Outcome = kind.ToString() };

    /// <summary>
    /// Writes <paramref name="summary"/>'s request id as a JSON string property (null when there is no summary or id),
    /// from the body's bytes when it has not been read as a string: a log line written as UTF-8 needs no string for it.
    /// </summary>
    public static void WriteRequestId(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName, InvocationSummary? summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (summary?._request is { } request)
            request.RequestIdJson.WriteTo(writer, propertyName);
        else
            writer.WriteNull(propertyName);
    }

    /// <summary>Equal when they say the same: the same facts about the request and its answer, whichever request object they read.</summary>
    public bool Equals(InvocationSummary? other) =>
        other is not null
        && RequestId == other.RequestId && Locale == other.Locale && RequestType == other.RequestType && IntentName == other.IntentName
        && Handler == other.Handler && EntityId == other.EntityId && Outcome == other.Outcome;

    public override int GetHashCode() => HashCode.Combine(RequestId, Locale, RequestType, IntentName, Handler, EntityId, Outcome);
}
