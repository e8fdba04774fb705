using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Alexa.Ssml;

namespace WorldCapitals.Skill.Alexa.Serialization;

/// <summary>
/// Writes a <see cref="SkillResponse"/> to UTF-8 JSON, byte for byte as <see cref="AlexaJson.SkillResponse"/> does,
/// straight onto a <see cref="Utf8JsonWriter"/>: the responses a skill gives on every request (speech, reprompt,
/// a simple or standard card, shouldEndSession, canFulfillIntent) need no serializer metadata, whose first use costs a
/// cold start several milliseconds. Anything else (directives, session attributes, other cards) goes through the
/// serializer.
/// </summary>
public static class ResponseWriter
{
    // Longer SSML documents (rare: answers are a sentence or two) are written from their string.
    private const int MaxStackDocument = 512;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = AlexaJson.MaxDepth,
    };

    public static byte[] ToUtf8Bytes(SkillResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsWrittenDirectly(response))
            return JsonSerializer.SerializeToUtf8Bytes(response, AlexaJson.SkillResponse);

        using var buffer = new PooledBufferWriter(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            WriteResponse(writer, response);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>As <see cref="ToUtf8Bytes(SkillResponse)"/>, written with <paramref name="buffer"/>'s writer, which is kept for the next response.</summary>
    internal static byte[] ToUtf8Bytes(SkillResponse response, ResponseBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(response);
        return IsWrittenDirectly(response) ? buffer.ToUtf8Bytes(response) : JsonSerializer.SerializeToUtf8Bytes(response, AlexaJson.SkillResponse);
    }

    /// <summary>As <see cref="ToUtf8Bytes(SkillResponse, ResponseBuffer)"/>, the bytes added to <paramref name="output"/> instead of a new array.</summary>
    internal static ReadOnlyMemory<byte> Write(SkillResponse response, ResponseBuffer buffer, ArrayBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (IsWrittenDirectly(response))
            return buffer.Write(response, output);
        var start = output.WrittenCount;
        output.Write(JsonSerializer.SerializeToUtf8Bytes(response, AlexaJson.SkillResponse));
        return output.WrittenMemory[start..];
    }

    /// <summary>Whether every member set on the response is one this writer knows; the rest takes the serializer.</summary>
    private static bool IsWrittenDirectly(SkillResponse response)
    {
        if (response.Builder is { } builder)
        {
            return response.SessionAttributes is null
                && builder.Directives is null
                && IsKnown(builder.OtherSpeech)
                && builder.OtherCard is null or SimpleCard or StandardCard
                && (builder.OtherReprompt is null || (builder.OtherReprompt.Directives is null && IsKnown(builder.OtherReprompt.OutputSpeech)));
        }
        var body = response.Response;
        return response.SessionAttributes is null
            && body is not null
            && body.Directives is null
            && IsKnown(body.OutputSpeech)
            && body.Card is null or SimpleCard or StandardCard
            && (body.Reprompt is null || (body.Reprompt.Directives is null && IsKnown(body.Reprompt.OutputSpeech)));
    }

    private static bool IsKnown(OutputSpeech? speech) => speech is null or SsmlOutputSpeech or PlainTextOutputSpeech;

    // Member order and null omission follow the source-generated metadata: declaration order, the type
    // discriminator first, a derived type's members before its base's, null members left out.
    /// <summary>Writes a response <see cref="IsWrittenDirectly"/> accepts.</summary>
    internal static void WriteResponse(Utf8JsonWriter writer, SkillResponse response)
    {
        writer.WriteStartObject();
        WriteStringIfSet(writer, "version"u8, response.Version);
        WriteStringIfSet(writer, "userAgent"u8, response.UserAgent);
        writer.WritePropertyName("response"u8);
        if (response.Builder is { } builder)
            Write(writer, builder);
        else
            Write(writer, response.Response);
        writer.WriteEndObject();
    }

    // As Write(writer, builder.BuildBody()) would write it, without building the objects.
    private static void Write(Utf8JsonWriter writer, ResponseBuilder builder)
    {
        writer.WriteStartObject();
        if (builder.SpeechSsml is { } ssml)
        {
            writer.WritePropertyName("outputSpeech"u8);
            Write(writer, ssml);
        }
        else if (builder.OtherSpeech is { } speech)
        {
            writer.WritePropertyName("outputSpeech"u8);
            Write(writer, speech);
        }
        if (builder.HasSimpleCard)
        {
            writer.WriteStartObject("card"u8);
            writer.WriteString("type"u8, "Simple"u8);
            WriteStringIfSet(writer, "title"u8, builder.CardTitle);
            WriteStringIfSet(writer, "content"u8, builder.CardContent);
            writer.WriteEndObject();
        }
        else if (builder.OtherCard is { } card)
        {
            writer.WritePropertyName("card"u8);
            Write(writer, card);
        }
        if (builder.RepromptSsml is { } repromptSsml)
        {
            writer.WriteStartObject("reprompt"u8);
            writer.WritePropertyName("outputSpeech"u8);
            Write(writer, repromptSsml);
            writer.WriteEndObject();
        }
        else if (builder.OtherReprompt is { } reprompt)
        {
            Write(writer, reprompt);
        }
        if (builder.ShouldEndSession is { } shouldEndSession)
            writer.WriteBoolean("shouldEndSession"u8, shouldEndSession);
        if (builder.CanFulfillIntent is { } canFulfillIntent)
            Write(writer, canFulfillIntent);
        writer.WriteEndObject();
    }

    // An SsmlOutputSpeech without a play behaviour, its document written from the stack when it is short.
    private static void Write(Utf8JsonWriter writer, SsmlDocument ssml)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "SSML"u8);
        if (ssml.Length <= MaxStackDocument)
        {
            Span<char> document = stackalloc char[MaxStackDocument];
            ssml.CopyTo(document);
            writer.WriteString("ssml"u8, document[..ssml.Length]);
        }
        else
        {
            writer.WriteString("ssml"u8, ssml.Document);
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ResponseBody body)
    {
        writer.WriteStartObject();
        if (body.OutputSpeech is { } speech)
        {
            writer.WritePropertyName("outputSpeech"u8);
            Write(writer, speech);
        }
        if (body.Card is { } card)
        {
            writer.WritePropertyName("card"u8);
            Write(writer, card);
        }
        if (body.Reprompt is { } reprompt)
            Write(writer, reprompt);
        if (body.ShouldEndSession is { } shouldEndSession)
            writer.WriteBoolean("shouldEndSession"u8, shouldEndSession);
        if (body.CanFulfillIntent is { } canFulfillIntent)
            Write(writer, canFulfillIntent);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Reprompt reprompt)
    {
        writer.WriteStartObject("reprompt"u8);
        if (reprompt.OutputSpeech is { } speech)
        {
            writer.WritePropertyName("outputSpeech"u8);
            Write(writer, speech);
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, OutputSpeech speech)
    {
        writer.WriteStartObject();
        switch (speech)
        {
            case SsmlOutputSpeech ssml:
                writer.WriteString("type"u8, "SSML"u8);
                WriteStringIfSet(writer, "ssml"u8, ssml.Ssml);
                break;
            case PlainTextOutputSpeech plainText:
                writer.WriteString("type"u8, "PlainText"u8);
                WriteStringIfSet(writer, "text"u8, plainText.Text);
                break;
        }
        WriteStringIfSet(writer, "playBehavior"u8, speech.PlayBehavior);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Card card)
    {
        writer.WriteStartObject();
        switch (card)
        {
            case SimpleCard simple:
                writer.WriteString("type"u8, "Simple"u8);
                WriteStringIfSet(writer, "title"u8, simple.Title);
                WriteStringIfSet(writer, "content"u8, simple.Content);
                break;
            case StandardCard standard:
                writer.WriteString("type"u8, "Standard"u8);
                WriteStringIfSet(writer, "title"u8, standard.Title);
                WriteStringIfSet(writer, "text"u8, standard.Text);
                if (standard.Image is { } image)
                {
                    writer.WriteStartObject("image"u8);
                    WriteStringIfSet(writer, "smallImageUrl"u8, image.SmallImageUrl);
                    WriteStringIfSet(writer, "largeImageUrl"u8, image.LargeImageUrl);
                    writer.WriteEndObject();
                }
                break;
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, CanFulfillIntent canFulfillIntent)
    {
        writer.WriteStartObject("canFulfillIntent"u8);
        WriteStringIfSet(writer, "canFulfill"u8, canFulfillIntent.CanFulfill);
        if (canFulfillIntent.Slots is { } slots)
        {
            writer.WriteStartObject("slots"u8);
            foreach (var (name, slot) in slots)
            {
                if (slot is null)
                {
                    writer.WriteNull(name);
                    continue;
                }
                writer.WriteStartObject(name);
                WriteStringIfSet(writer, "canUnderstand"u8, slot.CanUnderstand);
                WriteStringIfSet(writer, "canFulfill"u8, slot.CanFulfill);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteStringIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }
}
