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
    private DeferredString _requestId;

    public string? RequestId
    {
        get => _requestId.Value;
        init => _requestId = DeferredString.FromValue(value);
    }

    internal DeferredString RequestIdJson
    {
        init => _requestId = value;
    }

    public string? Locale { get; init; }

    public string? RequestType { get; init; }

    public string? IntentName { get; init; }

    /// <summary>The handler that answered, by name.</summary>
    public string? Handler { get; set; }

    /// <summary>The id of the entity a slot resolved to, if any.</summary>
    public string? EntityId { get; set; }

    /// <summary>A short outcome word: answered, not-found, ... from the handler, or the <see cref="SkillErrorKind"/> of a failure.</summary>
    public string Outcome { get; set; } = "answered";

    /// <summary>For a body that never became a request.</summary>
    public static InvocationSummary Unparsed(SkillErrorKind kind) => new() { Outcome = kind.ToString() };

    /// <summary>
    /// Writes <paramref name="summary"/>'s request id as a JSON string property (null when there is no summary or id),
    /// from the body's bytes when it has not been read as a string: a log line written as UTF-8 needs no string for it.
    /// </summary>
    public static void WriteRequestId(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName, InvocationSummary? summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (summary is null)
            writer.WriteNull(propertyName);
        else
            summary._requestId.WriteTo(writer, propertyName);
    }
}
