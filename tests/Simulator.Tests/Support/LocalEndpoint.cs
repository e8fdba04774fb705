using System.Net;
using System.Net.Sockets;
using WorldCapitals.Simulator.Transport;

namespace WorldCapitals.Simulator.Tests.Support;

/// <summary>A tiny HTTP endpoint on 127.0.0.1 that answers POSTs with the in-process skill (checks off), or with a
/// fixed status; so `--endpoint` is tested without the web host.</summary>
internal sealed class LocalEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly InProcessSkillTransport _skill = InProcessSkillTransport.Create(verify: false);
    private readonly HttpStatusCode? _fixedStatus;
    private readonly Task _loop;

    public LocalEndpoint(HttpStatusCode? fixedStatus = null)
    {
        _fixedStatus = fixedStatus;
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public int Requests { get; private set; }

    /// <summary>A port nothing listens on (bound, then released).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Requests++;
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (_fixedStatus is { } status || context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
            {
                context.Response.StatusCode = (int)(_fixedStatus ?? HttpStatusCode.UnsupportedMediaType);
                context.Response.Close();
                continue;
            }
            var reply = await _skill.SendAsync(body.ToArray(), CancellationToken.None);
            context.Response.StatusCode = reply.Succeeded ? 200 : 400;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(reply.Body ?? []);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
