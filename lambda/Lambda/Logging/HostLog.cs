using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Logging;

/// <summary>
/// The host's log: one JSON object per line on stdout, which Lambda ships to CloudWatch Logs as is.
/// It never writes user ids, access tokens or utterances: only what <see cref="InvocationSummary"/> carries.
/// </summary>
internal sealed class HostLog(Stream output, LogLevel minimumLevel, TimeProvider clock)
{
    // Readable lines in CloudWatch: no \u0027 for an apostrophe. Safe: the output is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _gate = new();

    public LogLevel MinimumLevel => minimumLevel;

    public bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= minimumLevel;

    public void Invocation(string lambdaRequestId, InvocationSummary? summary, string outcome, string? errorType, long durationMicroseconds)
    {
        var level = errorType is null ? LogLevel.Information : LogLevel.Warning;
        Write(level, "invocation", writer =>
        {
            writer.WriteString("lambdaRequestId", lambdaRequestId);
            writer.WriteString("alexaRequestId", summary?.RequestId);
            writer.WriteString("locale", summary?.Locale);
            writer.WriteString("requestType", summary?.RequestType);
            writer.WriteString("intent", summary?.IntentName);
            writer.WriteString("handler", summary?.Handler);
            writer.WriteString("countryId", summary?.EntityId);
            writer.WriteString("outcome", outcome);
            if (errorType is not null)
                writer.WriteString("errorType", errorType);
            writer.WriteNumber("durationUs", durationMicroseconds);
        });
    }

    public void Message(LogLevel level, string eventName, string message, Exception? exception = null, string? category = null) =>
        Write(level, eventName, writer =>
        {
            if (category is not null)
                writer.WriteString("category", category);
            writer.WriteString("message", message);
            if (exception is not null)
                writer.WriteString("exception", exception.ToString());
        });

    private void Write(LogLevel level, string eventName, Action<Utf8JsonWriter> writeFields)
    {
        if (!IsEnabled(level))
            return;
        lock (_gate)
        {
            using (var writer = new Utf8JsonWriter(output, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("time", clock.GetUtcNow());
                writer.WriteString("level", LevelName(level));
                writer.WriteString("event", eventName);
                writeFields(writer);
                writer.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
            output.Flush();
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        _ => "FATAL",
    };
}
