using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class User
{
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>Only present once account linking has completed.</summary>
    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("permissions")]
    public Permissions? Permissions { get; init; }
}

public sealed class Permissions
{
    /// <summary>Deprecated by Alexa in favour of <c>context.System.apiAccessToken</c>.</summary>
    [JsonPropertyName("consentToken")]
    public string? ConsentToken { get; init; }

    [JsonPropertyName("scopes")]
    public Dictionary<string, PermissionScope>? Scopes { get; init; }
}

public sealed class PermissionScope
{
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}
