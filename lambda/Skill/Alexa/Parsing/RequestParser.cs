using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// Reads the <c>request</c> object: <c>type</c> may come anywhere in it, so a copy of the reader finds it
/// first; a type this layer does not model becomes an <see cref="UnknownRequest"/> with its raw JSON.
/// </summary>
internal static class RequestParser
{
    public static Request? Parse(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, KnownStrings knownStrings)
    {
        if (!IsObject(ref reader, "request"))
            return null;
        var type = FindType(reader);
        if (type is null || !IsModelled(type))
            return ReadUnknown(ref reader, type ?? string.Empty);

        var fields = new RequestFields();
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("requestId"u8))
                fields.RequestId = Deferred(ref reader, source, "request.requestId");
            else if (property.SequenceEqual("timestamp"u8))
                fields.Timestamp = Timestamp(ref reader);
            else if (property.SequenceEqual("locale"u8))
                fields.Locale = knownStrings.Read(ref reader, "request.locale");
            else if (property.SequenceEqual("intent"u8))
                fields.Intent = IntentParser.ReadIntent(ref reader, source, knownStrings);
            else if (property.SequenceEqual("dialogState"u8))
                fields.DialogState = OpenString(ref reader, "request.dialogState", DialogStates.Started, DialogStates.InProgress, DialogStates.Completed);
            else if (property.SequenceEqual("reason"u8))
                fields.Reason = String(ref reader, "request.reason");
            else if (property.SequenceEqual("error"u8))
                fields.Error = ReadError(ref reader);
            else if (property.SequenceEqual("cause"u8))
                fields.CauseRequestId = ReadCause(ref reader);
            else if (property.SequenceEqual("token"u8))
                fields.Token = String(ref reader, "request.token");
            else if (property.SequenceEqual("arguments"u8))
                fields.Arguments = Element(ref reader);
            else if (property.SequenceEqual("source"u8))
                fields.Source = Element(ref reader);
            else if (property.SequenceEqual("components"u8))
                fields.Components = Element(ref reader);
            else if (property.SequenceEqual("task"u8))
                fields.Task = Element(ref reader);
            else
                reader.Skip();
        }
        return fields.Build(type);
    }

    /// <summary>The object's own <c>type</c>; known names come back as the interned constants.</summary>
    private static string? FindType(Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            var isType = reader.TokenType == JsonTokenType.PropertyName
                && reader.CurrentDepth == depth + 1
                && reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
                return reader.TokenType == JsonTokenType.String ? KnownType(ref reader) ?? reader.GetString() : throw Mismatch("request.type", "a string", ref reader);
            reader.Skip();
        }
        return null;
    }

    private static string? KnownType(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("IntentRequest"u8)) return RequestTypes.Intent;
        if (reader.ValueTextEquals("LaunchRequest"u8)) return RequestTypes.Launch;
        if (reader.ValueTextEquals("SessionEndedRequest"u8)) return RequestTypes.SessionEnded;
        if (reader.ValueTextEquals("CanFulfillIntentRequest"u8)) return RequestTypes.CanFulfillIntent;
        if (reader.ValueTextEquals("System.ExceptionEncountered"u8)) return RequestTypes.ExceptionEncountered;
        if (reader.ValueTextEquals("Alexa.Presentation.APL.UserEvent"u8)) return RequestTypes.AplUserEvent;
        return null;
    }

    private static bool IsModelled(string type) => type is RequestTypes.Intent or RequestTypes.Launch or RequestTypes.SessionEnded
        or RequestTypes.CanFulfillIntent or RequestTypes.ExceptionEncountered or RequestTypes.AplUserEvent;

    private static UnknownRequest ReadUnknown(ref Utf8JsonReader reader, string type)
    {
        var raw = JsonElement.ParseValue(ref reader);
        return new UnknownRequest(type, raw)
        {
            RequestId = StringMember(raw, "requestId"),
            Locale = StringMember(raw, "locale"),
            Timestamp = raw.TryGetProperty("timestamp", out var timestamp) ? TimestampOf(timestamp) : null,
        };
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    // An unknown request's timestamp is informational: an unreadable one is left out rather than refused.
    private static DateTimeOffset? TimestampOf(JsonElement timestamp)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(timestamp.GetRawText()));
        reader.Read();
        try
        {
            return Timestamp(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AlexaError? ReadError(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "request.error"))
            return null;
        string? type = null;
        string? message = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("type"u8))
                type = String(ref reader, "error.type");
            else if (property.SequenceEqual("message"u8))
                message = String(ref reader, "error.message");
            else
                reader.Skip();
        }
        return new AlexaError { Type = type, Message = message };
    }

    private static string? ReadCause(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "request.cause"))
            return null;
        string? requestId = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("requestId"u8))
                requestId = String(ref reader, "cause.requestId");
            else
                reader.Skip();
        }
        return requestId ?? string.Empty;
    }

    /// <summary>Every member a modelled request type may carry, gathered in one pass.</summary>
    private struct RequestFields
    {
        public DeferredString RequestId;
        public DateTimeOffset? Timestamp;
        public string? Locale;
        public Intent? Intent;
        public string? DialogState;
        public string? Reason;
        public AlexaError? Error;
        public string? CauseRequestId;
        public string? Token;
        public JsonElement? Arguments;
        public JsonElement? Source;
        public JsonElement? Components;
        public JsonElement? Task;

        public readonly Request Build(string type) => type switch
        {
            RequestTypes.Intent => new IntentRequest { RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, DialogState = DialogState, Intent = Intent },
            RequestTypes.Launch => new LaunchRequest { RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, Task = Task },
            RequestTypes.SessionEnded => new SessionEndedRequest { RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, Reason = Reason, Error = Error },
            RequestTypes.CanFulfillIntent => new CanFulfillIntentRequest { RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, DialogState = DialogState, Intent = Intent },
            RequestTypes.ExceptionEncountered => new ExceptionEncounteredRequest
            {
                RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, Error = Error,
                Cause = CauseRequestId is null ? null : new ExceptionCause { RequestId = CauseRequestId.Length == 0 ? null : CauseRequestId },
            },
            _ => new AplUserEventRequest
            {
                RequestIdJson = RequestId, Timestamp = Timestamp, Locale = Locale, Token = Token, Arguments = Arguments, Source = Source, Components = Components,
            },
        };
    }
}
