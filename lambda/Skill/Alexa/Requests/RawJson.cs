using System.Text.Json;
using System.Text.Json.Serialization;
using WorldCapitals.Skill.Alexa.Serialization;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// A part of the envelope kept as its UTF-8 JSON text until someone asks for it (Viewport, AudioPlayer,
/// supported interfaces...): most skills never read these, so the hot path neither copies nor parses them.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson(ReadOnlyMemory<byte> utf8)
{
    private JsonElement? _element;

    /// <summary>The JSON value exactly as it appeared in the envelope (a slice of the body it was read from).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The value, parsed on first use.</summary>
    public JsonElement Element
    {
        get
        {
            if (_element is null)
            {
                using var document = JsonDocument.Parse(Utf8);
                _element = document.RootElement.Clone();
            }
            return _element.Value;
        }
    }

    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);
}
