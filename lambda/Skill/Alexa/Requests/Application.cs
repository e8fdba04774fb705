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

    internal DeferredString ApplicationIdJson
    {
        init => _applicationId = value;
    }

    /// <summary>Whether the id is <paramref name="id"/> (null for none), compared without decoding it.</summary>
    internal bool HasId(string? id) => _applicationId.ValueEquals(id);

    /// <summary>Whether both name the same skill (or none), compared without decoding either id.</summary>
    internal bool HasSameId(Application other) => _applicationId.ValueEquals(other._applicationId);
}
