using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorldCapitals.Tests.Support;

/// <summary>dynalite (tools/dynalite, npm) on a free 127.0.0.1 port, in memory, until disposed.</summary>
public sealed class DynaliteServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private DynaliteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public static async Task<DynaliteServer> StartAsync()
    {
        var directory = Path.Combine(Repository.Root, "tools", "dynalite");
        await NodeTools.EnsureNodeAsync();
        await NodeTools.EnsureInstalledAsync(directory, Path.Combine("node_modules", "dynalite", "cli.js"));

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "node_modules/dynalite/cli.js", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0",
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        var process = NodeTools.Start(start);
        var server = new DynaliteServer(process, port);
        process.OutputDataReceived += (_, line) => server.Append(line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    /// <summary>Stops the server now (the "server stopped mid-run" case); disposing it later is harmless.</summary>
    public void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"dynalite exited with code {_process.ExitCode} before answering:\n{Output()}");
            try
            {
                // GET / answers "healthy: ..." once the server listens.
                using var response = await http.GetAsync(new Uri(Endpoint + "/"));
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private string Output()
    {
        lock (_log)
            return _log.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
