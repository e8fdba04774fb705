using Microsoft.Extensions.Logging;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>Keeps every log entry so a test can assert what was logged.</summary>
internal sealed class CapturingLogger : ILogger
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

    public IEnumerable<string> Messages(int eventId) => Entries.Where(entry => entry.EventId == eventId).Select(entry => entry.Message);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
            _entries.Add(new LogEntry(logLevel, eventId.Id, formatter(state, exception)));
    }
}

internal sealed record LogEntry(LogLevel Level, int EventId, string Message);
