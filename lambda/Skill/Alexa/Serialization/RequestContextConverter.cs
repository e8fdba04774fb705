using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Requests;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// <c>context</c>, written with System first, then each raw part as it came.
/// (A converter because the raw parts are <see cref="RawJson"/>, which extension data cannot hold.)
/// </summary>
public sealed class RequestContextConverter : JsonConverter<RequestContext>
{
    public override RequestContext? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw WriteOnly.ReadRefused(typeof(RequestContext));

    public override void Write(Utf8JsonWriter writer, RequestContext value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        if (value.System is not null)
        {
            writer.WritePropertyName("System");
            JsonSerializer.Serialize(writer, value.System, options.GetTypeInfo(typeof(SystemState)));
        }
        WriteRaw(writer, "Viewport", value.Viewport);
        WriteRaw(writer, "Viewports", value.Viewports);
        foreach (var (name, part) in value.Other ?? new Dictionary<string, RawJson>())
            WriteRaw(writer, name, part);
        writer.WriteEndObject();
    }

    private static void WriteRaw(Utf8JsonWriter writer, string name, RawJson? value)
    {
        if (value is null)
            return;
        writer.WritePropertyName(name);
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
