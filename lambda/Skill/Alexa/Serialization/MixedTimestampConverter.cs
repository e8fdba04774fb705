using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>Writes a request timestamp in Alexa's ISO form, UTC (the parser reads an ISO string or epoch milliseconds).</summary>
public sealed class MixedTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw WriteOnly.ReadRefused(typeof(DateTimeOffset));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
            writer.WriteNullValue();
        else
            writer.WriteStringValue(value.Value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture));
    }
}
