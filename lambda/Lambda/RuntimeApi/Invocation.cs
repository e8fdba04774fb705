namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>
/// One event handed out by GET /runtime/invocation/next. <see cref="Body"/> lies in a buffer the client reuses: it is
/// valid until the next call to <see cref="IRuntimeApiClient.GetNextInvocationAsync"/>.
/// </summary>
internal sealed record Invocation(string RequestId, ReadOnlyMemory<byte> Body, DateTimeOffset? Deadline, string? TraceId);
