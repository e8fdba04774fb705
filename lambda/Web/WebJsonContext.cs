using System.Text.Json.Serialization;

namespace WorldCapitals.Web;

/// <summary>What the host itself writes as JSON (the skill's responses are already bytes).</summary>
internal sealed record RejectionBody(string Error, string Reason);

internal sealed record HealthStatus(string Status, string Verification);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RejectionBody))]
[JsonSerializable(typeof(HealthStatus))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
