using Microsoft.Extensions.Logging;

namespace WorldCapitals.Lambda.Logging;

/// <summary>Routes the skill's <see cref="ILogger"/> messages into the host's JSON log lines.</summary>
internal sealed class HostLoggerProvider(HostLog log) : ILoggerProvider, ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new HostLogger(log, categoryName);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("The Lambda host logs through its own JSON writer only.");

    public void Dispose()
    {
    }

    private sealed class HostLogger(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => log.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            log.Message(logLevel, eventId.Name ?? "skill", formatter(state, exception), exception, category);
        }
    }
}
