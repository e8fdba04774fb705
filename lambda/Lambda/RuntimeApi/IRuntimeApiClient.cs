namespace WorldCapitals.Lambda.RuntimeApi;

/// <summary>The four calls the host makes to the Lambda Runtime API.</summary>
internal interface IRuntimeApiClient
{
    /// <summary>
    /// Waits for the next event; Lambda may freeze the process while it waits. The event's body is valid until the next call.
    /// </summary>
    Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken);

    Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);

    Task ReportInvocationErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken);

    Task ReportInitErrorAsync(ErrorReport error, CancellationToken cancellationToken);
}
