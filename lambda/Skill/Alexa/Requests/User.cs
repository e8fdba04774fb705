using System.Text.Json.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

public sealed class User
{
    private DeferredString _accessToken;
    private DeferredString _userId;

    [JsonPropertyName("userId")]
    public string? UserId
    {
        get => _userId.Value;
        init => _userId = DeferredString.FromValue(value);
    }

    internal DeferredString UserIdJson
    {
        init => _userId = value;
    }

    /// <summary>Only present once account linking has completed.</summary>
    [JsonPropertyName("accessToken")]
    public string? AccessToken
    {
        get => _accessToken.Value;
        init => _accessToken = DeferredString.FromValue(value);
    }

    internal DeferredString AccessTokenJson
    {
        init => _accessToken = value;
    }

    [JsonPropertyName("permissions")]
    public UserPermissions? Permissions { get; init; }
}

public sealed class UserPermissions
{
    private DeferredString _consentToken;

    /// <summary>Deprecated by Alexa in favour of <c>context.System.apiAccessToken</c>.</summary>
    [JsonPropertyName("consentToken")]
    public string? ConsentToken
    {
        get => _consentToken.Value;
        init => _consentToken = DeferredString.FromValue(value);
    }

    internal DeferredString ConsentTokenJson
    {
        init => _consentToken = value;
    }

    [JsonPropertyName("scopes")]
    public Dictionary<string, PermissionScope>? Scopes { get; init; }
}

public sealed class PermissionScope
{
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}
