using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Parsing;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>Reads an ISO 8601 string or epoch milliseconds (the 2017 simulator); writes Alexa's ISO form, UTC.</summary>
public sealed class MixedTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonReading.Timestamp(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
            writer.WriteNullValue();
        else
            writer.WriteStringValue(value.Value.UtcDateTime.ToString(WireFormat, CultureInfo.InvariantCulture));
    }
}
