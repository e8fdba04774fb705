using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>Reads <c>context</c>: System in full; Viewport, Viewports and every other part kept as raw JSON.</summary>
internal static class ContextParser
{
    public static RequestContext? ReadContext(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "context"))
            return null;
        SystemState? system = null;
        JsonElement? viewport = null;
        JsonElement? viewports = null;
        Dictionary<string, JsonElement>? other = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("System"u8))
            {
                ReadValue(ref reader);
                system = ReadSystem(ref reader);
            }
            else if (reader.ValueTextEquals("Viewport"u8))
            {
                ReadValue(ref reader);
                viewport = Element(ref reader);
            }
            else if (reader.ValueTextEquals("Viewports"u8))
            {
                ReadValue(ref reader);
                viewports = Element(ref reader);
            }
            else
            {
                var name = reader.GetString()!;
                ReadValue(ref reader);
                (other ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
            }
        }
        return new RequestContext { System = system, Viewport = viewport, Viewports = viewports, Other = other };
    }

    private static SystemState? ReadSystem(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "context.System"))
            return null;
        Application? application = null;
        User? user = null;
        Device? device = null;
        string? apiEndpoint = null;
        string? apiAccessToken = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("application"u8))
            {
                ReadValue(ref reader);
                application = EnvelopeParser.ReadApplication(ref reader);
            }
            else if (reader.ValueTextEquals("user"u8))
            {
                ReadValue(ref reader);
                user = EnvelopeParser.ReadUser(ref reader);
            }
            else if (reader.ValueTextEquals("device"u8))
            {
                ReadValue(ref reader);
                device = ReadDevice(ref reader);
            }
            else if (reader.ValueTextEquals("apiEndpoint"u8))
            {
                ReadValue(ref reader);
                apiEndpoint = String(ref reader, "apiEndpoint");
            }
            else if (reader.ValueTextEquals("apiAccessToken"u8))
            {
                ReadValue(ref reader);
                apiAccessToken = String(ref reader, "apiAccessToken");
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        return new SystemState { Application = application, User = user, Device = device, ApiEndpoint = apiEndpoint, ApiAccessToken = apiAccessToken };
    }

    private static Device? ReadDevice(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "device"))
            return null;
        string? deviceId = null;
        string? persistentEndpointId = null;
        Dictionary<string, JsonElement>? supportedInterfaces = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("deviceId"u8))
            {
                ReadValue(ref reader);
                deviceId = String(ref reader, "device.deviceId");
            }
            else if (reader.ValueTextEquals("persistentEndpointId"u8))
            {
                ReadValue(ref reader);
                persistentEndpointId = String(ref reader, "device.persistentEndpointId");
            }
            else if (reader.ValueTextEquals("supportedInterfaces"u8))
            {
                ReadValue(ref reader);
                supportedInterfaces = ElementMap(ref reader, "device.supportedInterfaces");
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        return new Device { DeviceId = deviceId, PersistentEndpointId = persistentEndpointId, SupportedInterfaces = supportedInterfaces };
    }
}
