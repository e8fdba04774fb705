using Microsoft.Extensions.Logging;

namespace WorldCapitals.Cli.Simulator;

/// <summary>Warnings and errors of the DynamoDB directory as one line each on the command's error output
/// ("capitals: warning: ...", line breaks in the message joined), so a DynamoDB fallback is visible; lower levels are dropped.</summary>
internal sealed class TextWriterLoggerFactory(TextWriter writer) : ILoggerFactory
{
    // One gate for all loggers of this factory, so their lines never interleave.
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(writer, _gate);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("This factory writes to one TextWriter only.");

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer, Lock gate) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var level = logLevel == LogLevel.Warning ? "warning" : "error";
            var message = string.Join(' ', formatter(state, exception).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            lock (gate)
                writer.WriteLine($"capitals: {level}: {message}");
        }
    }
}
