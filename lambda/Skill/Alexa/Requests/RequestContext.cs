using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// The device and service state. Only <see cref="System"/> is modelled; the other parts
/// (Viewport, AudioPlayer, APL state, ...) are kept as raw JSON for a skill that needs them.
/// </summary>
public sealed class RequestContext
{
    [JsonPropertyName("System")]
    public SystemState? System { get; init; }

    [JsonPropertyName("Viewport")]
    public JsonElement? Viewport { get; init; }

    [JsonPropertyName("Viewports")]
    public JsonElement? Viewports { get; init; }

    /// <summary>Every other context member, by name (AudioPlayer, Geolocation, Alexa.Presentation.APL, ...).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

public sealed class SystemState
{
    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    [JsonPropertyName("user")]
    public User? User { get; init; }

    [JsonPropertyName("device")]
    public Device? Device { get; init; }

    [JsonPropertyName("apiEndpoint")]
    public string? ApiEndpoint { get; init; }

    [JsonPropertyName("apiAccessToken")]
    public string? ApiAccessToken { get; init; }
}

public sealed class Device
{
    [JsonPropertyName("deviceId")]
    public string? DeviceId { get; init; }

    [JsonPropertyName("persistentEndpointId")]
    public string? PersistentEndpointId { get; init; }

    /// <summary>Keys name the interfaces the device supports; test for a key, never for a fixed list.</summary>
    [JsonPropertyName("supportedInterfaces")]
    public Dictionary<string, JsonElement>? SupportedInterfaces { get; init; }

    public bool Supports(string interfaceName) =>
        SupportedInterfaces?.ContainsKey(interfaceName) == true;
}
