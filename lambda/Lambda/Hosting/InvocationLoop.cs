using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WorldCapitals.Lambda.Configuration;
using WorldCapitals.Lambda.Logging;
using WorldCapitals.Lambda.RuntimeApi;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Hosting;

/// <summary>
/// next -> handler -> response or error, until the caller cancels or the Runtime API is gone.
/// A failing event is reported and the loop goes on; only <see cref="RuntimeApiUnavailableException"/> ends it.
/// </summary>
internal sealed class InvocationLoop(
    IRuntimeApiClient client,
    InvocationHandler handler,
    IEnvironmentVariables environment,
    HostLog log,
    TimeProvider clock)
{
    /// <summary>The skill's work is cancelled this long before Lambda's deadline, so an error can still be posted.</summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest delay a cancellation timer takes (about 49.7 days); Lambda runs an invocation 15 minutes at most.</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // One deadline source for the loop, reset after each invocation and replaced only after its deadline fired:
        // no source and timer allocated per event.
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                var invocation = await client.GetNextInvocationAsync(cancellationToken);
                if (log.IsEnabled(LogLevel.Debug))
                    log.Message(LogLevel.Debug, "next", $"Invocation {invocation.RequestId}: {invocation.Body.Length} bytes, deadline {invocation.Deadline:O}.");
                await HandleAsync(invocation, deadline, cancellationToken);
                if (!deadline.TryReset())
                {
                    deadline.Dispose();
                    deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Message(LogLevel.Debug, "stopped", "The host was asked to stop.");
        }
        finally
        {
            deadline.Dispose();
        }
    }

    private async Task HandleAsync(Invocation invocation, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        environment.Set(LambdaNames.TraceIdVariable, invocation.TraceId);
        var started = Stopwatch.GetTimestamp();
        StartDeadline(deadline, invocation);

        var (result, hostError) = await InvokeHandlerAsync(invocation, deadline.Token, cancellationToken);
        var error = hostError ?? (result!.Error is { } skillError
            ? new ErrorReport(ErrorTypes.ForSkillError(skillError.Kind), skillError.Message)
            : null);
        // Logged before the post: once Lambda has the answer it may freeze the process at any moment.
        log.Invocation(
            invocation.RequestId,
            result?.Summary,
            result?.Summary.Outcome ?? error?.ErrorType ?? "answered",
            error?.ErrorType,
            (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);

        if (result is { Succeeded: true })
            await client.SendResponseAsync(invocation.RequestId, result.Body, cancellationToken);
        else
            await client.ReportInvocationErrorAsync(invocation.RequestId, error!, cancellationToken);
    }

    /// <summary>The skill's result, or the host's own error when the skill gave none (deadline passed, handler threw).</summary>
    private async Task<(InvocationResult? Result, ErrorReport? HostError)> InvokeHandlerAsync(
        Invocation invocation, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            return (null, DeadlineError(invocation));
        try
        {
            return (await handler(invocation.Body, deadline), null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, DeadlineError(invocation));
        }
#pragma warning disable CA1031 // A failing event must never end the process: it is reported, and the loop goes on.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            log.Message(LogLevel.Error, "handlerFailed", $"The handler failed for invocation {invocation.RequestId}.", exception);
            return (null, new ErrorReport(ErrorTypes.ForException(exception), exception.Message));
        }
    }

    private void StartDeadline(CancellationTokenSource source, Invocation invocation)
    {
        if (invocation.Deadline is { } deadline)
        {
            var remaining = deadline - clock.GetUtcNow() - DeadlineMargin;
            if (remaining <= TimeSpan.Zero)
                source.Cancel();
            else
                source.CancelAfter(remaining < LongestTimer ? remaining : LongestTimer);
        }
    }

    private static ErrorReport DeadlineError(Invocation invocation) => new(
        ErrorTypes.DeadlineExceeded,
        $"No answer before the invocation's deadline ({invocation.Deadline:O}) less the host's {DeadlineMargin.TotalMilliseconds} ms margin.");
}
