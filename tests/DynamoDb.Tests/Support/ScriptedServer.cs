using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 that plays a misbehaving DynamoDB: it never answers (slower than any timeout),
/// or answers every request with a fixed status and body (throttling, 500). It counts the requests it received.
/// </summary>
internal sealed class ScriptedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpStatusCode? _status;
    private readonly string _errorType;
    private int _requests;

    private ScriptedServer(HttpStatusCode? status, string errorType)
    {
        _status = status;
        _errorType = errorType;
        var port = FreePort();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Accepts every request and never answers it.</summary>
    public static ScriptedServer Silent() => new(null, "");

    /// <summary>Answers every request like DynamoDB reports an error of this type.</summary>
    public static ScriptedServer Error(HttpStatusCode status, string errorType) =>
        new(status, errorType);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Increment(ref _requests);
            if (_status is null)
                continue; // never answered: the client's own timeout must end the wait
            var bytes = Encoding.UTF8.GetBytes($$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{_errorType}}","message":"scripted {{_errorType}}"}""");
            context.Response.StatusCode = (int)_status.Value;
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.AddHeader("x-amzn-ErrorType", _errorType);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
