using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Alexa.Pipeline;

namespace WorldCapitals.Lambda.Logging;

/// <summary>
/// The host's log: one JSON object per line on stdout, which Lambda ships to CloudWatch Logs as is.
/// It never writes user ids, access tokens or utterances: only what <see cref="InvocationSummary"/> carries.
/// Each line is built in a buffer kept for the next one and reaches the output in one write: every write to
/// stdout wakes the process reading the pipe, and that costs an invocation more than building the line.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The writer writes into a managed buffer and flushes every line; disposing it would release nothing.")]
internal sealed class HostLog
{
    // Readable lines in CloudWatch: no \u0027 for an apostrophe. Safe: the output is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;
    private readonly LogLevel _minimumLevel;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _line = new(512);
    private readonly Utf8JsonWriter _writer;
    private readonly EncodedStrings _encoded = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public HostLog(Stream output, LogLevel minimumLevel, TimeProvider clock)
    {
        _output = output;
        _minimumLevel = minimumLevel;
        _clock = clock;
        _writer = new Utf8JsonWriter(_line, WriterOptions);
    }

    public LogLevel MinimumLevel => _minimumLevel;

    public bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= _minimumLevel;

    public void Invocation(string lambdaRequestId, InvocationSummary? summary, string outcome, string? errorType, long durationMicroseconds)
    {
        var level = errorType is null ? LogLevel.Information : LogLevel.Warning;
        if (!IsEnabled(level))
            return;
        lock (_gate)
        {
            var writer = StartLine(level, "invocation");
            writer.WriteString("lambdaRequestId"u8, lambdaRequestId);
            InvocationSummary.WriteRequestId(writer, "alexaRequestId"u8, summary);
            // What the summary says is nearly always the same few strings (known locales and names, the data's ids).
            WriteRecurring(writer, Names.Locale, summary?.Locale);
            WriteRecurring(writer, Names.RequestType, summary?.RequestType);
            WriteRecurring(writer, Names.Intent, summary?.IntentName);
            WriteRecurring(writer, Names.Handler, summary?.Handler);
            WriteRecurring(writer, Names.EntityId, summary?.EntityId);
            WriteRecurring(writer, Names.Outcome, outcome);
            if (errorType is not null)
                WriteRecurring(writer, Names.ErrorType, errorType);
            writer.WriteNumber("durationUs"u8, durationMicroseconds);
            EndLine(writer);
        }
    }

    public void Message(LogLevel level, string eventName, string message, Exception? exception = null, string? category = null)
    {
        if (!IsEnabled(level))
            return;
        lock (_gate)
        {
            var writer = StartLine(level, eventName);
            if (category is not null)
                writer.WriteString("category"u8, category);
            writer.WriteString("message"u8, message);
            if (exception is not null)
                writer.WriteString("exception"u8, exception.ToString());
            EndLine(writer);
        }
    }

    private Utf8JsonWriter StartLine(LogLevel level, string eventName)
    {
        // One writer for every line, reset to the emptied buffer: no writer built per line.
        _line.ResetWrittenCount();
        var writer = _writer;
        writer.Reset(_line);
        writer.WriteStartObject();
        writer.WriteString("time"u8, _clock.GetUtcNow());
        WriteRecurring(writer, Names.Level, LevelName(level));
        WriteRecurring(writer, Names.Event, eventName);
        return writer;
    }

    private void WriteRecurring(Utf8JsonWriter writer, JsonEncodedText propertyName, string? value)
    {
        if (value is null)
            writer.WriteNull(propertyName);
        else
            writer.WriteString(propertyName, _encoded.For(value));
    }

    private void EndLine(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
        _line.Write("\n"u8);
        _output.Write(_line.WrittenSpan);
        _output.Flush();
    }

    // Property names already encoded: written as they are, without a check for escapes on every line.
    private static class Names
    {
        public static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
        public static readonly JsonEncodedText RequestType = JsonEncodedText.Encode("requestType");
        public static readonly JsonEncodedText Intent = JsonEncodedText.Encode("intent");
        public static readonly JsonEncodedText Handler = JsonEncodedText.Encode("handler");
        public static readonly JsonEncodedText EntityId = JsonEncodedText.Encode("entityId");
        public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
        public static readonly JsonEncodedText ErrorType = JsonEncodedText.Encode("errorType");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
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
