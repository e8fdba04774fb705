using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// The Lambda Runtime API, in process, on Kestrel at 127.0.0.1: hands out queued events on /next (long poll)
/// and records what the host posts back. Can answer /next with errors first, to exercise the host's retries.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime";

    private readonly WebApplication _app;
    private readonly Channel<QueuedEvent> _events = Channel.CreateUnbounded<QueuedEvent>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PostedResult>> _results = new();
    private readonly TaskCompletionSource<PostedResult> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<int> _nextFailures = new();
    private readonly ConcurrentQueue<int> _postFailures = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _nextCalls;

    private FakeRuntimeApi(WebApplication app)
    {
        _app = app;
        app.MapGet($"{Prefix}/invocation/next", NextAsync);
        app.MapPost($"{Prefix}/invocation/{{id}}/response", (string id, HttpRequest request) => RecordAsync(PostedResult.Response, id, request));
        app.MapPost($"{Prefix}/invocation/{{id}}/error", (string id, HttpRequest request) => RecordAsync(PostedResult.Error, id, request));
        app.MapPost($"{Prefix}/init/error", (HttpRequest request) => RecordAsync(PostedResult.InitError, null, request));
    }

    /// <summary>host:port, as AWS_LAMBDA_RUNTIME_API carries it.</summary>
    public string Address { get; private set; } = "";

    public int NextCalls => Volatile.Read(ref _nextCalls);

    public Task<PostedResult> InitError => _initError.Task;

    public static async Task<FakeRuntimeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var fake = new FakeRuntimeApi(builder.Build());
        await fake._app.StartAsync();
        fake.Address = new Uri(fake._app.Urls.Single()).Authority;
        return fake;
    }

    /// <summary>Queues one event; the task completes when the host posts its response or error for it.</summary>
    public Task<PostedResult> Enqueue(byte[] body, string? traceId = null, DateTimeOffset? deadline = null, BodyFraming framing = BodyFraming.ContentLength) =>
        EnqueueWithDeadlineHeader(body, (deadline ?? DateTimeOffset.UtcNow.AddMinutes(5)).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), traceId, framing);

    /// <summary>Queues one event with the Lambda-Runtime-Deadline-Ms header exactly as given.</summary>
    /// <param name="requestId">The event's Lambda-Runtime-Aws-Request-Id; a new GUID when null.</param>
    public Task<PostedResult> EnqueueWithDeadlineHeader(byte[] body, string deadlineHeader, string? traceId = null, BodyFraming framing = BodyFraming.ContentLength, string? requestId = null)
    {
        requestId ??= Guid.NewGuid().ToString();
        var result = _results.GetOrAdd(requestId, _ => new TaskCompletionSource<PostedResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        _events.Writer.TryWrite(new QueuedEvent(requestId, body, traceId, deadlineHeader, framing));
        return result.Task;
    }

    /// <summary>The next <paramref name="count"/> calls to /next answer <paramref name="statusCode"/>.</summary>
    public void FailNextCalls(int count, int statusCode)
    {
        for (var i = 0; i < count; i++)
            _nextFailures.Enqueue(statusCode);
    }

    /// <summary>The next <paramref name="count"/> response or error posts answer <paramref name="statusCode"/> and are dropped.</summary>
    public void FailPostCalls(int count, int statusCode)
    {
        for (var i = 0; i < count; i++)
            _postFailures.Enqueue(statusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task NextAsync(HttpContext context)
    {
        Interlocked.Increment(ref _nextCalls);
        if (_nextFailures.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            return;
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        QueuedEvent next;
        try
        {
            next = await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return;
        }
        context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
        context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = next.DeadlineHeader;
        context.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:world-capitals";
        if (next.TraceId is not null)
            context.Response.Headers["Lambda-Runtime-Trace-Id"] = next.TraceId;
        context.Response.ContentType = "application/json";
        if (next.Framing == BodyFraming.ContentLength)
            context.Response.ContentLength = next.Body.Length;
        await context.Response.Body.WriteAsync(next.Body);
    }

    private async Task<IResult> RecordAsync(string kind, string? requestId, HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (kind != PostedResult.InitError && _postFailures.TryDequeue(out var status))
            return Results.StatusCode(status);
        var posted = new PostedResult(
            kind,
            requestId,
            buffer.ToArray(),
            request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault(),
            request.ContentType);
        if (kind == PostedResult.InitError)
        {
            _initError.TrySetResult(posted);
            return Results.Accepted();
        }
        if (requestId is null || !_results.TryGetValue(requestId, out var result) || !result.TrySetResult(posted))
            return Results.BadRequest();
        return Results.Accepted();
    }

    private sealed record QueuedEvent(string RequestId, byte[] Body, string? TraceId, string DeadlineHeader, BodyFraming Framing);
}

/// <summary>How the fake sends an event's body.</summary>
public enum BodyFraming
{
    /// <summary>With Content-Length, as Lambda's Runtime API does.</summary>
    ContentLength,

    /// <summary>Chunked, without Content-Length: HTTP allows it.</summary>
    Chunked,
}
