using System.Text;
using System.Text.Json;

namespace WorldCapitals.Lambda.Tests;

/// <summary>What the host posted for one invocation (or for init), as the fake Runtime API received it.</summary>
internal sealed record PostedResult(string Kind, string? RequestId, byte[] Body, string? ErrorTypeHeader, string? ContentType)
{
    public const string Response = "response";
    public const string Error = "error";
    public const string InitError = "init/error";

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? ErrorType => Json.GetProperty("errorType").GetString();

    public string? ErrorMessage => Json.GetProperty("errorMessage").GetString();

    public override string ToString() => $"{Kind} {RequestId} [{ErrorTypeHeader}] {Encoding.UTF8.GetString(Body)}";
}
