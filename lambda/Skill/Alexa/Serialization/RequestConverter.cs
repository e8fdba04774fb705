using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// Chooses the request class from <c>type</c> wherever it appears in the object (Alexa does not put it
/// first), and keeps every type it does not model as an <see cref="UnknownRequest"/> instead of failing.
/// </summary>
public sealed class RequestConverter : JsonConverter<Request>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Request);

    public override Request? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RequestParser.Parse(ref reader);

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
