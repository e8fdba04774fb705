namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>One event handed out by GET /runtime/invocation/next.</summary>
internal sealed record Invocation(string RequestId, byte[] Body, DateTimeOffset? Deadline, string? TraceId);
