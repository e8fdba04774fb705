using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// Chooses the request class from <c>type</c> wherever it appears in the object (Alexa does not put it
/// first), and keeps every type it does not model as an <see cref="UnknownRequest"/> instead of failing.
/// </summary>
public sealed class RequestConverter : JsonConverter<Request>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Request);

    public override Request? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("'request' must be a JSON object.");

        // A copy of the reader scans ahead; the serializer hands custom converters the whole value buffered.
        var type = FindType(reader);
        return type switch
        {
            RequestTypes.Launch => Deserialize<LaunchRequest>(ref reader, options),
            RequestTypes.Intent => Deserialize<IntentRequest>(ref reader, options),
            RequestTypes.SessionEnded => Deserialize<SessionEndedRequest>(ref reader, options),
            RequestTypes.CanFulfillIntent => Deserialize<CanFulfillIntentRequest>(ref reader, options),
            RequestTypes.ExceptionEncountered => Deserialize<ExceptionEncounteredRequest>(ref reader, options),
            RequestTypes.AplUserEvent => Deserialize<AplUserEventRequest>(ref reader, options),
            _ => ReadUnknown(ref reader, type ?? string.Empty),
        };
    }

    public override void Write(Utf8JsonWriter writer, Request value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        if (value is UnknownRequest unknown)
            unknown.Raw.WriteTo(writer);
        else
            JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    private static T? Deserialize<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
        where T : Request =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>The value of the object's own <c>type</c> member; known names come back as the interned constants.</summary>
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
                return reader.TokenType == JsonTokenType.String ? KnownType(ref reader) ?? reader.GetString() : throw new JsonException("'request.type' must be a string.");
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

    private static UnknownRequest ReadUnknown(ref Utf8JsonReader reader, string type)
    {
        var raw = JsonElement.ParseValue(ref reader);
        return new UnknownRequest(type, raw)
        {
            RequestId = StringMember(raw, "requestId"),
            Locale = StringMember(raw, "locale"),
            Timestamp = raw.TryGetProperty("timestamp", out var timestamp) ? ReadTimestamp(timestamp) : null,
        };
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    private static DateTimeOffset? ReadTimestamp(JsonElement timestamp) => timestamp.ValueKind switch
    {
        JsonValueKind.String when timestamp.TryGetDateTimeOffset(out var parsed) => parsed.ToUniversalTime(),
        JsonValueKind.Number when timestamp.TryGetInt64(out var milliseconds) && milliseconds is >= 0 and <= 253_402_300_799_999 =>
            DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
        _ => null,
    };
}
