using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>
/// Plays s3.amazonaws.com on 127.0.0.1: serves PEM files under /echo.api/ and counts each download. It can also be slow
/// (a delay before answering), trickle a body that never ends, or send a body in chunks with no Content-Length.
/// </summary>
internal sealed class CertificateServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _trickling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _chunked = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private int _running;
    private int _mostRunning;

    private CertificateServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    /// <summary>How long every answer waits before its first byte.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most downloads that were being served at the same moment.</summary>
    public int MostConcurrentDownloads => Volatile.Read(ref _mostRunning);

    public static async Task<CertificateServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CertificateServer(app);
        app.MapGet("/echo.api/{name}", (string name, HttpContext context) => server.ServeAsync(name, context));
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Publishes a PEM file and returns the URL a request would name in SignatureCertChainUrl.</summary>
    public string Publish(string name, string pem)
    {
        _files[name] = pem;
        return Url(name);
    }

    /// <summary>A file sent in small chunks without a Content-Length.</summary>
    public string PublishChunked(string name, string content)
    {
        _chunked[name] = true;
        return Publish(name, content);
    }

    /// <summary>A file whose body starts at once and then comes one byte every 100 ms, never ending.</summary>
    public string PublishTrickling(string name)
    {
        _trickling[name] = true;
        return Url(name);
    }

    public string Url(string name) => new Uri(BaseAddress, "/echo.api/" + name).AbsoluteUri;

    public int FetchCount(string name) => _fetches.GetValueOrDefault(name);

    private async Task ServeAsync(string name, HttpContext context)
    {
        _fetches.AddOrUpdate(name, 1, (_, count) => count + 1);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostRunning, running);
        try
        {
            await Task.Delay(Delay, context.RequestAborted);
            if (_trickling.ContainsKey(name))
                await TrickleAsync(context);
            else if (!_files.TryGetValue(name, out var pem))
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            else if (_chunked.ContainsKey(name))
                await WriteChunkedAsync(context, pem);
            else
                await Results.Text(pem, "application/x-pem-file").ExecuteAsync(context);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: that is what the slow sources are for.
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private static async Task TrickleAsync(HttpContext context)
    {
        context.Response.ContentType = "application/x-pem-file";
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.Body.WriteAsync("-"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(100, context.RequestAborted);
        }
    }

    private static async Task WriteChunkedAsync(HttpContext context, string content)
    {
        context.Response.ContentType = "application/x-pem-file";
        var bytes = Encoding.ASCII.GetBytes(content);
        for (var offset = 0; offset < bytes.Length; offset += 4096)
        {
            await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(4096, bytes.Length - offset)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
