using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorldCapitals.Simulator.Conversations;

/// <summary>What a response envelope makes Alexa do, as text: the speech, the reprompt, the card, and whether
/// the session ends (<c>shouldEndSession</c> true or omitted).</summary>
public sealed partial record ResponseView(string? Speech, string? Reprompt, string? CardTitle, string? CardText, bool? ShouldEndSession, JsonNode Envelope)
{
    public bool EndsSession => ShouldEndSession != false;

    /// <summary>Null when the body is not a JSON object.</summary>
    public static ResponseView? Parse(byte[] body)
    {
        JsonNode? envelope;
        try
        {
            envelope = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
        if (envelope is not JsonObject)
            return null;
        var response = envelope["response"] as JsonObject;
        var card = response?["card"] as JsonObject;
        return new ResponseView(
            SpeechText(response?["outputSpeech"]),
            SpeechText(response?["reprompt"]?["outputSpeech"]),
            String(card?["title"]),
            String(card?["content"]) ?? String(card?["text"]),
            response?["shouldEndSession"] is JsonValue end && end.TryGetValue<bool>(out var value) ? value : null,
            envelope);
    }

    /// <summary>Plain text of an outputSpeech: PlainText as is; SSML without its tags, entities decoded.</summary>
    public static string? SpeechText(JsonNode? outputSpeech)
    {
        if (outputSpeech is not JsonObject speech)
            return null;
        var ssml = String(speech["ssml"]);
        var text = ssml is null ? String(speech["text"]) : WebUtility.HtmlDecode(Tags().Replace(ssml, " "));
        return text is null ? null : Spaces().Replace(text, " ").Trim();
    }

    private static string? String(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
