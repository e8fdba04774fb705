using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> and its buffer, reset and written again for response after response instead of a new
/// pair for each: only the response's own bytes are allocated. Not thread-safe: one response at a time;
/// <see cref="Pipeline.SkillEntryPoint"/> keeps one and hands it to one call at a time.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The writer writes to a managed buffer: disposing it only flushes, which every write does.")]
internal sealed class ResponseBuffer
{
    // A buffer grown past this by an unusually long response is not kept: it would hold the memory for good.
    private const int KeptCapacity = 16 * 1024;

    private ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public ResponseBuffer()
    {
        _writer = new Utf8JsonWriter(_buffer, ResponseWriter.WriterOptions);
    }

    /// <summary>The response as UTF-8 JSON, written by <see cref="ResponseWriter"/>, in a new array.</summary>
    public byte[] ToUtf8Bytes(SkillResponse response)
    {
        if (_buffer.Capacity > KeptCapacity)
            _buffer = new ArrayBufferWriter<byte>(1024);
        _buffer.ResetWrittenCount();
        return Write(response, _buffer).ToArray();
    }

    /// <summary>Writes the response after what <paramref name="output"/> holds; returns the bytes it added.</summary>
    public ReadOnlyMemory<byte> Write(SkillResponse response, ArrayBufferWriter<byte> output)
    {
        var start = output.WrittenCount;
        _writer.Reset(output);
        ResponseWriter.WriteResponse(_writer, response);
        _writer.Flush();
        return output.WrittenMemory[start..];
    }
}
