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

        var (result, hostError) = await InvokeHandlerAsync(invocation, deadline, cancellationToken);
        var error = hostError ?? (result?.Error is { } skillError
            ? new ErrorReport(ErrorTypes.ForSkillError(skillError.Kind), skillError.Message)
            : null);
        var durationMicroseconds = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;

        // Posted first, logged after: building and writing the line (a write to stdout wakes Lambda's log reader) is
        // then no part of the user's wait. Lambda freezes the process only once it asks for the next event, so the
        // line is written in time; the event's body, which the summary may still read, is valid until then too.
        try
        {
            if (result is { Succeeded: true } answered)
                await client.SendResponseAsync(invocation.RequestId, answered.Body, cancellationToken);
            else
                await client.ReportInvocationErrorAsync(invocation.RequestId, error!, cancellationToken);
        }
        finally
        {
            log.Invocation(
                invocation.RequestId,
                result?.Summary,
                result?.Summary.Outcome ?? error?.ErrorType ?? "answered",
                error?.ErrorType,
                durationMicroseconds);
        }
    }

    /// <summary>The skill's result, or the host's own error when the skill gave none (deadline passed, handler threw).</summary>
    /// <remarks>
    /// The deadline's timer is armed only when the handler is left waiting. Cancellation reaches only work that waits
    /// (or polls its token), and a handler that answers at once, as the skill does from its own data, has finished
    /// before the timer could matter; arming it anyway costs every such invocation a timer and, when events are far
    /// apart, a wake-up of the runtime's timer thread.
    /// </remarks>
    private async ValueTask<(InvocationResult? Result, ErrorReport? HostError)> InvokeHandlerAsync(
        Invocation invocation, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        if (RemainingTime(invocation) <= TimeSpan.Zero && !cancellationToken.IsCancellationRequested)
            return (null, DeadlineError(invocation));
        try
        {
            var pending = handler(invocation.Body, deadline.Token);
            if (!pending.IsCompleted)
                StartDeadline(deadline, invocation);
            return (await pending, null);
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
        if (RemainingTime(invocation) is not { } remaining)
            return;
        if (remaining <= TimeSpan.Zero)
            source.Cancel();
        else
            source.CancelAfter(remaining < LongestTimer ? remaining : LongestTimer);
    }

    /// <summary>The time the skill may still take, the margin deducted; null when the event carries no deadline.</summary>
    private TimeSpan? RemainingTime(Invocation invocation) => invocation.Deadline - clock.GetUtcNow() - DeadlineMargin;

    private static ErrorReport DeadlineError(Invocation invocation) => new(
        ErrorTypes.DeadlineExceeded,
        $"No answer before the invocation's deadline ({invocation.Deadline:O}) less the host's {DeadlineMargin.TotalMilliseconds} ms margin.");
}
