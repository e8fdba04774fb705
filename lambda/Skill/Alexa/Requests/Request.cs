using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// The <c>request</c> member of the envelope. The concrete class is chosen by <c>type</c>, which may
/// appear anywhere in the object; a type this layer does not model becomes an <see cref="UnknownRequest"/>.
/// </summary>
public abstract class Request(string type)
{
    /// <summary>The <c>type</c> discriminator. Read by <see cref="RequestConverter"/>, written first.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = type;

    private DeferredString _requestId;

    [JsonPropertyName("requestId")]
    public string? RequestId
    {
        get => _requestId.Value;
        init => _requestId = DeferredString.FromValue(value);
    }

    /// <summary>The request id as the parser left it: its bytes in the body until someone reads it as a string.</summary>
    internal DeferredString RequestIdJson
    {
        get => _requestId;
        init => _requestId = value;
    }

    /// <summary>UTC; Alexa sends an ISO 8601 string, the 2017 simulator sent epoch milliseconds.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(MixedTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
}
