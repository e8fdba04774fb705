using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class Application
{
    private DeferredString _applicationId;

    [JsonPropertyName("applicationId")]
    public string? ApplicationId
    {
        get => _applicationId.Value;
        init => _applicationId = DeferredString.FromValue(value);
    }

    /// <summary>The id as read, compared without decoding it (<see cref="DeferredString.ValueEquals(string?)"/>).</summary>
    internal DeferredString ApplicationIdJson
    {
        get => _applicationId;
        init => _applicationId = value;
    }
}
