using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// Writes a request with its <c>type</c> first, and an <see cref="UnknownRequest"/> as the raw JSON it came as.
/// </summary>
public sealed class RequestConverter : JsonConverter<Request>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Request);

    public override Request? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw WriteOnly.ReadRefused(typeof(Request));

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
}
