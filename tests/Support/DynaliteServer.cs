using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorldCapitals.Tests.Support;

/// <summary>dynalite (tools/dynalite, npm) on a free 127.0.0.1 port, in memory, until disposed.</summary>
public sealed class DynaliteServer : IDisposable
{
    private const string NodeMissing =
        "The DynamoDB tests need Node.js 20+ and npm on the PATH to run dynalite (tools/dynalite). "
        + "Install Node.js from https://nodejs.org or your package manager (Debian: apt-get install nodejs npm).";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);

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
        await EnsureNodeAsync();
        await EnsureInstalledAsync(directory);

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "node_modules/dynalite/cli.js", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0",
        })
            start.ArgumentList.Add(argument);

        var process = StartOrFail(start);
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

    private const int MinimumNodeMajor = 20; // dynalite 4.0.0: "engines": { "node": ">=20" }

    private static async Task EnsureNodeAsync()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--version");
        using var process = StartOrFail(start);
        var version = (await process.StandardOutput.ReadToEndAsync()).Trim(); // "v20.20.2"
        await process.WaitForExitAsync();
        var major = version.TrimStart('v').Split('.')[0];
        if (!int.TryParse(major, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < MinimumNodeMajor)
            throw new InvalidOperationException($"node --version says \"{version}\"; dynalite 4.0.0 needs Node.js {MinimumNodeMajor}+. {NodeMissing}");
    }

    private static async Task EnsureInstalledAsync(string directory)
    {
        if (File.Exists(Path.Combine(directory, "node_modules", "dynalite", "cli.js")))
            return;

        var npm = new ProcessStartInfo("npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            npm.ArgumentList.Add(argument);
        using var process = StartOrFail(npm);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(InstallTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`npm ci` in {directory} failed with code {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static Process StartOrFail(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start. {NodeMissing}");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"`{start.FileName}` was not found ({exception.Message}). {NodeMissing}", exception);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
