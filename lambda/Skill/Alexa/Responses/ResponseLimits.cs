using Microsoft.Extensions.Logging;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>
/// Alexa's size limits on what a response shows and says (see the Alexa response reference): longer speech or
/// cards make Alexa refuse the whole response, so the builder shortens them and logs that it did.
/// </summary>
public static class ResponseLimits
{
    /// <summary>An <c>outputSpeech</c> (or reprompt) text or SSML document, tags included: the conservative reading.</summary>
    public const int MaxSpeechCharacters = 8_000;

    /// <summary>All of a card's text together: title, content or text, and image URLs.</summary>
    public const int MaxCardCharacters = 8_000;

    private const string SpeakOpen = "<speak>";
    private const string SpeakClose = "</speak>";

    internal static OutputSpeech? Cap(OutputSpeech? speech, string part, ILogger logger) => speech switch
    {
        SsmlOutputSpeech ssml when ssml.Ssml.Length > MaxSpeechCharacters =>
            Logged(new SsmlOutputSpeech { Ssml = TruncateSsml(ssml.Ssml), PlayBehavior = ssml.PlayBehavior }, part, ssml.Ssml.Length, logger),
        PlainTextOutputSpeech text when text.Text.Length > MaxSpeechCharacters =>
            Logged(new PlainTextOutputSpeech { Text = TextElements.Truncate(text.Text, MaxSpeechCharacters), PlayBehavior = text.PlayBehavior },
                part, text.Text.Length, logger),
        _ => speech,
    };

    internal static Card? Cap(Card? card, ILogger logger)
    {
        switch (card)
        {
            case SimpleCard simple when Length(simple.Title, simple.Content) > MaxCardCharacters:
            {
                var (title, content) = Fit(simple.Title, simple.Content, reserved: 0);
                return Logged(new SimpleCard { Title = title, Content = content }, "card", Length(simple.Title, simple.Content), logger);
            }
            case StandardCard standard when Length(standard.Title, standard.Text, standard.Image?.SmallImageUrl, standard.Image?.LargeImageUrl) > MaxCardCharacters:
            {
                var urls = Length(standard.Image?.SmallImageUrl, standard.Image?.LargeImageUrl);
                var (title, text) = Fit(standard.Title, standard.Text, urls);
                return Logged(new StandardCard { Title = title, Text = text, Image = standard.Image }, "card",
                    Length(standard.Title, standard.Text) + urls, logger);
            }
            default:
                return card;
        }
    }

    /// <summary>The title first (it names the card), then as much of the body as still fits beside it.</summary>
    private static (string? Title, string? Body) Fit(string? title, string? body, int reserved)
    {
        var room = Math.Max(0, MaxCardCharacters - reserved);
        var fittedTitle = title is null ? null : TextElements.Truncate(title, room);
        var fittedBody = body is null ? null : TextElements.Truncate(body, room - (fittedTitle?.Length ?? 0));
        return (fittedTitle, fittedBody);
    }

    /// <summary>
    /// Cuts a <c>&lt;speak&gt;</c> document at the last word boundary outside any element that fits, so the result is still
    /// well-formed SSML: no tag, entity, element, surrogate pair or combining sequence is split.
    /// </summary>
    internal static string TruncateSsml(string document)
    {
        if (!document.StartsWith(SpeakOpen, StringComparison.Ordinal) || !document.EndsWith(SpeakClose, StringComparison.Ordinal))
            return SpeakOpen + SpeakClose;
        var body = document.AsSpan(SpeakOpen.Length, document.Length - SpeakOpen.Length - SpeakClose.Length);
        var budget = MaxSpeechCharacters - SpeakOpen.Length - SpeakClose.Length;
        var depth = 0;
        var cut = 0;
        for (var i = 0; i < body.Length && i <= budget; i++)
        {
            switch (body[i])
            {
                case ' ' when depth == 0:
                    cut = i;
                    break;
                case '<':
                    if (depth == 0)
                        cut = i;
                    var close = body[i..].IndexOf('>');
                    if (close < 0)
                        return SpeakOpen + body[..cut].ToString() + SpeakClose;
                    var tag = body.Slice(i, close + 1);
                    i += close;
                    if (tag.StartsWith("</"))
                        depth--;
                    else if (!tag.EndsWith("/>"))
                        depth++;
                    if (depth == 0 && i + 1 <= budget)
                        cut = i + 1;
                    break;
            }
        }
        return SpeakOpen + body[..cut].TrimEnd(' ').ToString() + SpeakClose;
    }

    private static T Logged<T>(T capped, string part, int length, ILogger logger)
    {
        Log.ResponseTruncated(logger, part, length, part == "card" ? MaxCardCharacters : MaxSpeechCharacters);
        return capped;
    }

    // A span and a loop: measuring every card must not allocate an array and an enumerator.
    private static int Length(params ReadOnlySpan<string?> parts)
    {
        var length = 0;
        foreach (var part in parts)
            length += part?.Length ?? 0;
        return length;
    }
}
