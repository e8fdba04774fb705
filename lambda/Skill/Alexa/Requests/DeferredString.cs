using System.Text.Json;

namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// A JSON string kept as its UTF-8 token until someone reads it: the long ids and tokens of the envelope
/// (user and device ids, access tokens) that most skills never look at, so the hot path only copies bytes.
/// </summary>
internal struct DeferredString
{
    private string? _value;
    private byte[]? _token;

    public static DeferredString FromValue(string? value) => new() { _value = value };

    /// <summary>From the JSON string token, quotes and escapes included.</summary>
    public static DeferredString FromToken(byte[] token) => new() { _token = token };

    public string? Value
    {
        get
        {
            if (_token is not null)
            {
                var reader = new Utf8JsonReader(_token);
                reader.Read();
                _value = reader.GetString();
                _token = null;
            }
            return _value;
        }
    }
}
