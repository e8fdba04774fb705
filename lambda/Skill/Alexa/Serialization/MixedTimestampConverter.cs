using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>Reads an ISO 8601 string or epoch milliseconds (the 2017 simulator); writes Alexa's ISO form, UTC.</summary>
public sealed class MixedTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var milliseconds) => FromEpochMilliseconds(milliseconds),
            JsonTokenType.String when reader.TryGetDateTimeOffset(out var parsed) => parsed.ToUniversalTime(),
            JsonTokenType.String when TryParseLenient(reader.GetString(), out var parsed) => parsed,
            _ => throw new JsonException("'timestamp' must be an ISO 8601 string or epoch milliseconds."),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
            writer.WriteNullValue();
        else
            writer.WriteStringValue(value.Value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture));
    }

    private static DateTimeOffset FromEpochMilliseconds(long milliseconds) =>
        milliseconds is >= -62_135_596_800_000 and <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : throw new JsonException("'timestamp' is out of range.");

    private static bool TryParseLenient(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
