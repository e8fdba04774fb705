using Microsoft.Extensions.Logging;
using WorldCapitals.Lambda.Configuration;
using WorldCapitals.Lambda.Hosting;
using WorldCapitals.Lambda.RuntimeApi;

namespace WorldCapitals.Lambda;

/// <summary>The host's seams. Production uses the defaults; tests replace what they need.</summary>
internal sealed record LambdaHostOptions
{
    public IEnvironmentVariables Environment { get; init; } = new ProcessEnvironmentVariables();

    /// <summary>Null: the host builds its own client on a bare SocketsHttpHandler.</summary>
    public HttpClient? HttpClient { get; init; }

    public Func<LambdaConfiguration, ILoggerFactory, InvocationHandler> CreateHandler { get; init; } = SkillFactory.CreateHandler;

    /// <summary>Null: standard output.</summary>
    public Stream? LogOutput { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public RetryPolicy RetryPolicy { get; init; } = RetryPolicy.Default;
}
