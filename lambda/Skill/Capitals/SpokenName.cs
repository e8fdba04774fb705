using System.Globalization;
using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// The comparable form of a spoken or written country name: lower case, accents removed, punctuation and
/// spaces dropped, a leading article removed. "The Gambia", "gambia" and "Gámbia" all become "gambia".
/// </summary>
internal static class SpokenName
{
    // Articles that may precede a country name, per language; only a leading one is removed.
    private static readonly Dictionary<string, string[]> LeadingArticles = new(StringComparer.Ordinal)
    {
        ["en"] = ["the "],
        ["de"] = ["die ", "der ", "das "],
        ["fr"] = ["la ", "le ", "les ", "l'"],
        ["es"] = ["el ", "la ", "los ", "las "],
        ["it"] = ["il ", "lo ", "la ", "i ", "gli ", "le ", "l'"],
        ["pt"] = ["o ", "a ", "os ", "as "],
    };

    public static string Normalize(string text, string language)
    {
        var lower = RemoveAccents(text.Trim()).ToLowerInvariant();
        if (LeadingArticles.TryGetValue(language, out var articles))
        {
            foreach (var article in articles)
            {
                if (lower.Length > article.Length && lower.StartsWith(article, StringComparison.Ordinal))
                {
                    lower = lower[article.Length..];
                    break;
                }
            }
        }
        var key = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c) || IsMark(c))
                key.Append(c);
        }
        return key.ToString();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string RemoveAccents(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            LatinFolding.Append(result, c);
        return result.ToString();
    }
}
