using System.Text;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>Reads <c>context</c>: System in full; Viewport, Viewports and every other part kept as raw JSON.</summary>
internal static class ContextParser
{
    /// <summary>A context object's own bytes (<see cref="EnvelopeParts.ContextJson"/>, checked by <see cref="EnvelopeParser"/>) read into a <see cref="RequestContext"/>.</summary>
    public static RequestContext? ReadContext(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        ReadValue(ref reader);
        return ReadContext(ref reader, json, build: true, out _);
    }

    /// <param name="source">The whole buffer the reader reads, which raw parts and deferred strings are slices of.</param>
    /// <param name="build">False: check the JSON and read <paramref name="applicationId"/> (<c>System.application</c>) only, returning null.</param>
    public static RequestContext? ReadContext(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build, out DeferredString applicationId)
    {
        applicationId = default;
        if (!IsObject(ref reader, "context"))
            return null;
        SystemState? system = null;
        RawJson? viewport = null;
        RawJson? viewports = null;
        Dictionary<string, RawJson>? other = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("System"u8))
            {
                system = ReadSystem(ref reader, source, build, out applicationId);
            }
            else if (!build)
            {
                reader.Skip();
            }
            else if (property.SequenceEqual("Viewport"u8))
            {
                viewport = Raw(ref reader, source);
            }
            else if (property.SequenceEqual("Viewports"u8))
            {
                viewports = Raw(ref reader, source);
            }
            else
            {
                (other ??= new Dictionary<string, RawJson>(StringComparer.Ordinal))[Encoding.UTF8.GetString(property)] = Raw(ref reader, source);
            }
        }
        return build ? new RequestContext { System = system, Viewport = viewport, Viewports = viewports, Other = other } : null;
    }

    private static SystemState? ReadSystem(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build, out DeferredString applicationId)
    {
        applicationId = default;
        if (!IsObject(ref reader, "context.System"))
            return null;
        Application? application = null;
        User? user = null;
        Device? device = null;
        DeferredString apiEndpoint = default;
        DeferredString apiAccessToken = default;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("application"u8))
                application = EnvelopeParser.ReadApplication(ref reader, source, build, out applicationId);
            else if (property.SequenceEqual("user"u8))
                user = EnvelopeParser.ReadUser(ref reader, source, build);
            else if (property.SequenceEqual("device"u8))
                device = ReadDevice(ref reader, source, build);
            else if (property.SequenceEqual("apiEndpoint"u8))
                apiEndpoint = Deferred(ref reader, source, "apiEndpoint");
            else if (property.SequenceEqual("apiAccessToken"u8))
                apiAccessToken = Deferred(ref reader, source, "apiAccessToken");
            else
                reader.Skip();
        }
        return build
            ? new SystemState { Application = application, User = user, Device = device, ApiEndpointJson = apiEndpoint, ApiAccessTokenJson = apiAccessToken }
            : null;
    }

    private static Device? ReadDevice(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build)
    {
        if (!IsObject(ref reader, "device"))
            return null;
        DeferredString deviceId = default;
        DeferredString persistentEndpointId = default;
        RawJson? supportedInterfaces = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("deviceId"u8))
                deviceId = Deferred(ref reader, source, "device.deviceId");
            else if (property.SequenceEqual("persistentEndpointId"u8))
                persistentEndpointId = Deferred(ref reader, source, "device.persistentEndpointId");
            else if (property.SequenceEqual("supportedInterfaces"u8))
                supportedInterfaces = build ? RawObject(ref reader, source, "device.supportedInterfaces") : SkipObject(ref reader, "device.supportedInterfaces");
            else
                reader.Skip();
        }
        return build ? new Device { DeviceIdJson = deviceId, PersistentEndpointIdJson = persistentEndpointId, SupportedInterfacesJson = supportedInterfaces } : null;
    }
}
