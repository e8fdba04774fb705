using System.Text.Json.Serialization;

namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>The body of an invocation error or init error, as the Runtime API documents it.</summary>
internal sealed record ErrorReport(string ErrorType, string ErrorMessage);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ErrorReport))]
internal sealed partial class RuntimeApiJsonContext : JsonSerializerContext;
