using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>Plays s3.amazonaws.com on 127.0.0.1: serves PEM files under /echo.api/ and counts each download.</summary>
internal sealed class CertificateServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private CertificateServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    public static async Task<CertificateServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CertificateServer(app);
        app.MapGet("/echo.api/{name}", (string name) => server.Serve(name));
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Publishes a PEM file and returns the URL a request would name in SignatureCertChainUrl.</summary>
    public string Publish(string name, string pem)
    {
        _files[name] = pem;
        return new Uri(BaseAddress, "/echo.api/" + name).AbsoluteUri;
    }

    public int FetchCount(string name) => _fetches.GetValueOrDefault(name);

    private IResult Serve(string name)
    {
        _fetches.AddOrUpdate(name, 1, (_, count) => count + 1);
        return _files.TryGetValue(name, out var pem)
            ? Results.Text(pem, "application/x-pem-file")
            : Results.NotFound();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
