using Microsoft.Extensions.Logging;

namespace WorldCapitals.Tests.Support;

/// <summary>Keeps every log entry so a test can assert what was logged.</summary>
public sealed class CapturingLogger : ILogger, ILoggerFactory
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
                return [.. _entries];
        }
    }

    /// <summary>The messages logged with this event id, in order.</summary>
    public IEnumerable<string> Messages(int eventId) => Entries.Where(entry => entry.EventId == eventId).Select(entry => entry.Message);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
            _entries.Add(new LogEntry(logLevel, eventId.Id, formatter(state, exception), exception));
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}

public sealed record LogEntry(LogLevel Level, int EventId, string Message, Exception? Exception);
