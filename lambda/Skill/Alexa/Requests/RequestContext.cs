using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Parsing;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// The device and service state. Only <see cref="System"/> is modelled; the other parts
/// (Viewport, AudioPlayer, APL state, ...) are kept as raw JSON for a skill that needs them.
/// </summary>
[JsonConverter(typeof(RequestContextConverter))]
public sealed class RequestContext
{
    public SystemState? System { get; init; }

    /// <summary>Screen devices: the viewport's shape, size, modes.</summary>
    public RawJson? Viewport { get; init; }

    /// <summary>Screen devices: every viewport (APL, APLT).</summary>
    public RawJson? Viewports { get; init; }

    /// <summary>Every other context member, by name (AudioPlayer, Geolocation, Alexa.Presentation.APL, ...).</summary>
    public IReadOnlyDictionary<string, RawJson>? Other { get; init; }
}

public sealed class SystemState
{
    private DeferredString _apiEndpoint;
    private DeferredString _apiAccessToken;

    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    [JsonPropertyName("user")]
    public User? User { get; init; }

    [JsonPropertyName("device")]
    public Device? Device { get; init; }

    [JsonPropertyName("apiEndpoint")]
    public string? ApiEndpoint
    {
        get => _apiEndpoint.Value;
        init => _apiEndpoint = DeferredString.FromValue(value);
    }

    internal DeferredString ApiEndpointJson
    {
        init => _apiEndpoint = value;
    }

    [JsonPropertyName("apiAccessToken")]
    public string? ApiAccessToken
    {
        get => _apiAccessToken.Value;
        init => _apiAccessToken = DeferredString.FromValue(value);
    }

    internal DeferredString ApiAccessTokenJson
    {
        init => _apiAccessToken = value;
    }
}

public sealed class Device
{
    private DeferredString _persistentEndpointId;
    private DeferredString _deviceId;
    private IReadOnlyDictionary<string, RawJson>? _supportedInterfaces;
    private RawJson? _supportedInterfacesJson;

    [JsonPropertyName("deviceId")]
    public string? DeviceId
    {
        get => _deviceId.Value;
        init => _deviceId = DeferredString.FromValue(value);
    }

    internal DeferredString DeviceIdJson
    {
        init => _deviceId = value;
    }

    [JsonPropertyName("persistentEndpointId")]
    public string? PersistentEndpointId
    {
        get => _persistentEndpointId.Value;
        init => _persistentEndpointId = DeferredString.FromValue(value);
    }

    internal DeferredString PersistentEndpointIdJson
    {
        init => _persistentEndpointId = value;
    }

    /// <summary>Keys name the interfaces the device supports; test for a key, never for a fixed list.</summary>
    [JsonPropertyName("supportedInterfaces")]
    public IReadOnlyDictionary<string, RawJson>? SupportedInterfaces
    {
        get => _supportedInterfaces ??= _supportedInterfacesJson is null ? null : JsonReading.RawMap(_supportedInterfacesJson.Utf8);
        init => _supportedInterfaces = value;
    }

    /// <summary>The <c>supportedInterfaces</c> object as sent, read into <see cref="SupportedInterfaces"/> on first use.</summary>
    internal RawJson? SupportedInterfacesJson
    {
        init => _supportedInterfacesJson = value;
    }

    public bool Supports(string interfaceName) =>
        SupportedInterfaces?.ContainsKey(interfaceName) == true;
}
