using Microsoft.Extensions.Logging;
using WorldCapitals.Lambda.Configuration;
using WorldCapitals.Lambda.Hosting;
using WorldCapitals.Lambda.Logging;
using WorldCapitals.Lambda.RuntimeApi;

namespace WorldCapitals.Lambda;

/// <summary>
/// Start-up and the whole life of the host: read the configuration, build the skill, run the loop.
/// A configuration error is reported to /runtime/init/error and ends the process with a non-zero code.
/// </summary>
internal static class LambdaEntryPoint
{
    public const int ExitStopped = 0;
    public const int ExitInitFailed = 1;
    public const int ExitRuntimeApiGone = 2;

    /// <param name="httpClient">The client for the Runtime API; null builds one. Tests aim it at a fake.</param>
    /// <param name="cancellationToken">Stops the loop quietly (exit code 0). Lambda itself never cancels.</param>
    public static Task<int> RunAsync(HttpClient? httpClient = null, CancellationToken cancellationToken = default) =>
        RunAsync(new LambdaHostOptions { HttpClient = httpClient }, cancellationToken);

    internal static async Task<int> RunAsync(LambdaHostOptions options, CancellationToken cancellationToken)
    {
        var environment = options.Environment;
        var logOutput = options.LogOutput ?? Console.OpenStandardOutput();
        // The log level is itself configuration: until it is read, the host logs everything.
        var startupLog = new HostLog(logOutput, LogLevel.Trace, options.Clock);

        var runtimeApi = environment.Get(LambdaNames.RuntimeApiVariable);
        if (string.IsNullOrWhiteSpace(runtimeApi))
        {
            startupLog.Message(LogLevel.Critical, "initFailed", $"{LambdaNames.RuntimeApiVariable} is not set: this host runs inside AWS Lambda (or under a Runtime API emulator).");
            return ExitInitFailed;
        }

        runtimeApi = runtimeApi.Trim();
        if (!RuntimeApiClient.IsValidAddress(runtimeApi))
        {
            // Without a usable address there is nowhere to post an init error: this log line is the report.
            startupLog.Message(LogLevel.Critical, "initFailed", $"{LambdaNames.RuntimeApiVariable} '{runtimeApi}' is not host:port.");
            return ExitInitFailed;
        }

        // The host disposes only the client it built; a client passed in belongs to the caller.
        using var ownedHttpClient = options.HttpClient is null ? RuntimeApiClient.CreateHttpClient() : null;
        var httpClient = options.HttpClient ?? ownedHttpClient!;
        try
        {
            var client = new RuntimeApiClient(httpClient, runtimeApi, options.RetryPolicy, message => startupLog.Message(LogLevel.Warning, "runtimeApi", message));
            var (loop, failure) = Initialize(options, client, logOutput, startupLog);
            if (loop is null)
                return await ReportInitErrorAsync(client, failure!, startupLog, cancellationToken);

            await loop.RunAsync(cancellationToken);
            return ExitStopped;
        }
        catch (RuntimeApiUnavailableException exception)
        {
            startupLog.Message(LogLevel.Critical, "runtimeApiGone", "The Runtime API is gone; the host exits.", exception);
            return ExitRuntimeApiGone;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitStopped;
        }
    }

    private static (InvocationLoop? Loop, ErrorReport? Failure) Initialize(
        LambdaHostOptions options, IRuntimeApiClient client, Stream logOutput, HostLog startupLog)
    {
        try
        {
            var configuration = LambdaConfiguration.Read(options.Environment);
            var log = new HostLog(logOutput, configuration.LogLevel, options.Clock);
            if (!configuration.VerifySkillId)
            {
                log.Message(LogLevel.Critical, "skillIdVerificationDisabled",
                    $"SKILL ID VERIFICATION IS DISABLED ({LambdaNames.SkillIdVerificationVariable}={LambdaNames.VerificationDisabled}): "
                    + "any Alexa skill that can reach this function is answered. Never deploy it like this.");
            }
            using var loggerFactory = new HostLoggerProvider(log);
            var handler = options.CreateHandler(configuration, loggerFactory);
            log.Message(LogLevel.Information, "started", $"Ready; log level {configuration.LogLevel}.");
            return (new InvocationLoop(client, handler, options.Environment, log, options.Clock), null);
        }
        catch (ConfigurationException exception)
        {
            startupLog.Message(LogLevel.Critical, "initFailed", exception.Message);
            return (null, new ErrorReport(ErrorTypes.ConfigurationError, exception.Message));
        }
#pragma warning disable CA1031 // Whatever stops the skill from being built is reported as an init error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            startupLog.Message(LogLevel.Critical, "initFailed", "The skill could not be built.", exception);
            return (null, new ErrorReport(ErrorTypes.InitFailed, $"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    private static async Task<int> ReportInitErrorAsync(RuntimeApiClient client, ErrorReport failure, HostLog log, CancellationToken cancellationToken)
    {
        try
        {
            await client.ReportInitErrorAsync(failure, cancellationToken);
        }
        catch (RuntimeApiUnavailableException exception)
        {
            log.Message(LogLevel.Error, "initErrorNotReported", "The init error could not be reported.", exception);
        }
        return ExitInitFailed;
    }
}
