using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>Entity-resolution results, one entry per authority (static values, dynamic entities).</summary>
public sealed class Resolutions
{
    [JsonPropertyName("resolutionsPerAuthority")]
    public IReadOnlyList<ResolutionAuthority>? ResolutionsPerAuthority { get; init; }
}

public sealed class ResolutionAuthority
{
    private DeferredString _authority;

    [JsonPropertyName("authority")]
    public string? Authority
    {
        get => _authority.Value;
        init => _authority = DeferredString.FromValue(value);
    }

    internal DeferredString AuthorityJson
    {
        init => _authority = value;
    }

    [JsonPropertyName("status")]
    public ResolutionStatus? Status { get; init; }

    /// <summary>Absent when the status is <c>ER_SUCCESS_NO_MATCH</c>.</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<ResolutionValueWrapper>? Values { get; init; }
}

public sealed class ResolutionStatus
{
    /// <summary>See <see cref="ResolutionStatusCodes"/>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }
}

public sealed class ResolutionValueWrapper
{
    [JsonPropertyName("value")]
    public ResolutionValue? Value { get; init; }
}

public sealed class ResolutionValue
{
    private DeferredString _name;

    [JsonPropertyName("name")]
    public string? Name
    {
        get => _name.Value;
        init => _name = DeferredString.FromValue(value);
    }

    internal DeferredString NameJson
    {
        init => _name = value;
    }

    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
