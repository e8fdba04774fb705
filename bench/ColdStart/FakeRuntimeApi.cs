using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WorldCapitals.Bench.ColdStart;

/// <summary>
/// The Lambda Runtime API on Kestrel at 127.0.0.1, one event at a time: /next (long poll) hands out the queued
/// event and notes when; the response POST completes the event's task with the body and when it was read.
/// </summary>
internal sealed class FakeRuntimeApi : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime";

    private readonly WebApplication _app;
    private readonly Channel<PendingEvent> _events = Channel.CreateUnbounded<PendingEvent>();
    private readonly CancellationTokenSource _stopping = new();
    private PendingEvent? _current;

    private FakeRuntimeApi(WebApplication app)
    {
        _app = app;
        app.MapGet($"{Prefix}/invocation/next", NextAsync);
        app.MapPost($"{Prefix}/invocation/{{id}}/response", (string id, HttpRequest request) => CompleteAsync(id, request, failed: false));
        app.MapPost($"{Prefix}/invocation/{{id}}/error", (string id, HttpRequest request) => CompleteAsync(id, request, failed: true));
        app.MapPost($"{Prefix}/init/error", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await Console.Error.WriteLineAsync($"init error: {await reader.ReadToEndAsync()}");
            return Results.Accepted();
        });
    }

    /// <summary>host:port, as AWS_LAMBDA_RUNTIME_API carries it.</summary>
    public string Address { get; private set; } = "";

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

    /// <summary>Queues one event; completes when the host posts its answer to it.</summary>
    public Task<Answer> Enqueue(byte[] body)
    {
        var pending = new PendingEvent(Guid.NewGuid().ToString("N"), body);
        _events.Writer.TryWrite(pending);
        return pending.Answer.Task;
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
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        PendingEvent next;
        try
        {
            next = await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return;
        }
        _current = next;
        context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
        context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:world-capitals";
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = next.Body.Length;
        next.ServedAt = Stopwatch.GetTimestamp();
        await context.Response.Body.WriteAsync(next.Body);
    }

    private async Task<IResult> CompleteAsync(string requestId, HttpRequest request, bool failed)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var readAt = Stopwatch.GetTimestamp();
        var current = _current;
        if (current is null || current.RequestId != requestId)
            return Results.BadRequest();
        current.Answer.TrySetResult(new Answer(buffer.ToArray(), failed, current.ServedAt, readAt));
        return Results.Accepted();
    }

    private sealed class PendingEvent(string requestId, byte[] body)
    {
        public string RequestId { get; } = requestId;

        public byte[] Body { get; } = body;

        public long ServedAt { get; set; }

        public TaskCompletionSource<Answer> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>What the host posted, and Stopwatch timestamps of serving the event and of having read the posted body.</summary>
internal sealed record Answer(byte[] Body, bool Failed, long ServedAt, long ReadAt)
{
    public TimeSpan Invocation => Stopwatch.GetElapsedTime(ServedAt, ReadAt);
}
