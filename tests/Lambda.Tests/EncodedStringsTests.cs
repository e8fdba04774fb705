using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorldCapitals.Lambda.Logging;

namespace WorldCapitals.Lambda.Tests;

/// <summary>A log line's recurring strings are written from their kept encoded form exactly as the writer writes them.</summary>
[TestFixture]
public sealed class EncodedStringsTests
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Test]
    public void Each_string_reads_as_the_writer_writes_it_however_many_share_an_entry()
    {
        var encoded = new EncodedStrings(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        string[] special = ["en-US", "say \"hi\"", "été", "<b>&amp;</b>", "line\nbreak", "tab\t\\", "🌍", ""];
        var values = special.Concat(Enumerable.Range(0, 500).Select(i => "value-" + i)).ToArray();

        // Twice over: the second round finds some strings kept and others taken over by later ones.
        foreach (var value in values.Concat(values).Concat(special))
            Assert.That(Written(writer => writer.WriteString("v"u8, encoded.For(value))), Is.EqualTo(Written(writer => writer.WriteString("v"u8, value))), value);
    }

    [Test]
    public void An_equal_string_that_is_another_instance_reads_as_itself()
    {
        var encoded = new EncodedStrings(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var first = new string("outcome".AsSpan());
        var second = new string("outcome".AsSpan());

        Assert.That(encoded.For(first).ToString(), Is.EqualTo("outcome"));
        Assert.That(encoded.For(second).ToString(), Is.EqualTo("outcome"));
        Assert.That(encoded.For("other").ToString(), Is.EqualTo("other"));
    }

    [Test]
    public void The_strings_of_a_line_stay_kept_line_after_line()
    {
        var encoded = new EncodedStrings(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        string[] line = ["INFO", "invocation", "en-US", "IntentRequest", "CapitalIntent", "CapitalIntentHandler", "FR", "answered", "en-GB", "de-DE", "no-capital", "WARN"];
        var first = line.Select(encoded.For).ToArray();

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < line.Length; i++)
                Assert.That(Unsafe.AreSame(ref MemoryMarshal.GetReference(encoded.For(line[i]).EncodedUtf8Bytes), ref MemoryMarshal.GetReference(first[i].EncodedUtf8Bytes)), Is.True, line[i]);
        }
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
