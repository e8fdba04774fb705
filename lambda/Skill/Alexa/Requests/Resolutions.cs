using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>Entity-resolution results, one entry per authority (static values, dynamic entities).</summary>
public sealed class Resolutions
{
    [JsonPropertyName("resolutionsPerAuthority")]
    public List<ResolutionAuthority>? ResolutionsPerAuthority { get; init; }
}

public sealed class ResolutionAuthority
{
    [JsonPropertyName("authority")]
    public string? Authority { get; init; }

    [JsonPropertyName("status")]
    public ResolutionStatus? Status { get; init; }

    /// <summary>Absent when the status is <c>ER_SUCCESS_NO_MATCH</c>.</summary>
    [JsonPropertyName("values")]
    public List<ResolutionValueWrapper>? Values { get; init; }
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
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
