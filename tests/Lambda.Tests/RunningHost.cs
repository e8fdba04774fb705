using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WorldCapitals.Lambda.Configuration;
using WorldCapitals.Lambda.Hosting;
using WorldCapitals.Lambda.RuntimeApi;

namespace WorldCapitals.Lambda.Tests;

/// <summary>The real host, run in process against a <see cref="FakeRuntimeApi"/>, with its own environment and log.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    /// <summary>Only guards against a hung test; no test asserts on time.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly RetryPolicy QuickRetries = new([TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)]);

    private readonly CancellationTokenSource _stop = new();
    private readonly MemoryStream _log = new();
    private readonly HttpClient _httpClient = RuntimeApiClient.CreateHttpClient();

    private RunningHost(InMemoryEnvironment environment, Func<LambdaConfiguration, ILoggerFactory, InvocationHandler>? createHandler)
    {
        Environment = environment;
        var options = new LambdaHostOptions
        {
            Environment = environment,
            HttpClient = _httpClient,
            LogOutput = _log,
            RetryPolicy = QuickRetries,
        };
        if (createHandler is not null)
            options = options with { CreateHandler = createHandler };
        Exit = Task.Run(() => LambdaEntryPoint.RunAsync(options, _stop.Token));
    }

    public InMemoryEnvironment Environment { get; }

    /// <summary>The host's exit code.</summary>
    public Task<int> Exit { get; }

    public static RunningHost Start(
        FakeRuntimeApi api,
        IDictionary<string, string?>? environment = null,
        Func<LambdaConfiguration, ILoggerFactory, InvocationHandler>? createHandler = null)
    {
        var variables = new Dictionary<string, string?>
        {
            [LambdaNames.RuntimeApiVariable] = api.Address,
            [LambdaNames.SkillIdVariable] = Samples.SkillId,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            variables[name] = value;
        return new RunningHost(new InMemoryEnvironment(variables), createHandler);
    }

    /// <summary>Stops the loop as a caller would, and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(HangGuard);
    }

    /// <summary>The log as text; read only once the host has exited.</summary>
    public string LogText()
    {
        Assert.That(Exit.IsCompleted, Is.True, "Read the log after the host has exited.");
        return Encoding.UTF8.GetString(_log.ToArray());
    }

    /// <summary>Every log line, each parsed as JSON (a line that is not JSON fails the test).</summary>
    public IReadOnlyList<JsonElement> LogLines() =>
        LogText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    public IReadOnlyList<JsonElement> InvocationLines() =>
        LogLines().Where(line => line.GetProperty("event").GetString() == "invocation").ToList();

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
            await StopAsync();
        _stop.Dispose();
        _httpClient.Dispose();
        await _log.DisposeAsync();
    }
}
