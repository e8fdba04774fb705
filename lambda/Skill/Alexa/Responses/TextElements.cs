using System.Globalization;

namespace WorldCapitals.Skill.Alexa.Responses;

/// <summary>Shortens text the way a reader sees it: whole text elements only, never half a surrogate pair or an accent without its letter.</summary>
public static class TextElements
{
    /// <summary>The longest prefix of <paramref name="text"/> that is at most <paramref name="maxLength"/> UTF-16 units
    /// and ends on a text element (grapheme cluster) boundary; <paramref name="text"/> itself when it already fits.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
            return text;
        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > maxLength)
                break;
            end = next;
        }
        return text[..end];
    }
}
