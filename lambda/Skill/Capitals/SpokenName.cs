using System.Globalization;
using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// The comparable form of a spoken or written country name: lower case, folded (accents and the variants of other scripts, <see cref="TextFolding"/>), punctuation and
/// spaces dropped, a leading article removed. "The Gambia", "gambia" and "Gámbia" all become "gambia".
/// </summary>
internal static class SpokenName
{
    // Articles, and the prepositions of "capital of" with their contractions, that may precede a place name in a slot
    // value ("du Japon", "dell'Italia", "van de Verenigde Staten"), per language; up to two leading ones are removed.
    private static readonly Dictionary<string, string[]> LeadingArticles = new(StringComparer.Ordinal)
    {
        ["en"] = ["the "],
        ["de"] = ["die ", "der ", "das ", "von ", "vom "],
        ["fr"] = ["la ", "le ", "les ", "l'", "de ", "du ", "des ", "d'"],
        ["es"] = ["el ", "la ", "los ", "las ", "de ", "del "],
        ["it"] = ["il ", "lo ", "la ", "i ", "gli ", "le ", "l'", "di ", "del ", "dello ", "della ", "dei ", "degli ", "delle ", "dell'", "d'"],
        ["pt"] = ["o ", "a ", "os ", "as ", "de ", "do ", "da ", "dos ", "das "],
        ["nl"] = ["de ", "het ", "van "],
    };

    // Arabic writes its article onto the word, and people say a name with or without it ("المكسيك" / "مكسيك", "اليمن" /
    // "يمن"): it is dropped from every word that keeps two letters or more, in the data's names and in what was said alike.
    private const string ArabicArticle = "\u0627\u0644";

    // A name's final alef is heard as the -a of a taa marbuta and written so by speech recognition ("كنده", "غانه",
    // "النمسه" for "كندا", "غانا", "النمسا"), and the data itself has both ("سوريا" / "سورية"): a word of three letters
    // or more ends in ه (the fold of ة) either way, in the data's names and in what was said alike.
    private const char ArabicAlef = '\u0627';
    private const char ArabicHaa = '\u0647';

    public static string Normalize(string text, string language)
    {
        var lower = TextFolding.Fold(text.Trim()).ToLowerInvariant();
        if (language == "ar")
            lower = ArabicWordForms(lower);
        if (LeadingArticles.TryGetValue(language, out var articles))
        {
            for (var removed = 0; removed < 2; removed++)
            {
                var article = articles.FirstOrDefault(article => lower.Length > article.Length && lower.StartsWith(article, StringComparison.Ordinal));
                if (article is null)
                    break;
                lower = lower[article.Length..];
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

    // One pass over the words for both Arabic rules above: the glued article dropped, then a final alef read as ه.
    private static string ArabicWordForms(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length >= ArabicArticle.Length + 2 && word.StartsWith(ArabicArticle, StringComparison.Ordinal))
                word = word[ArabicArticle.Length..];
            if (word.Length >= 3 && word[^1] == ArabicAlef)
                word = word[..^1] + ArabicHaa;
            words[i] = word;
        }
        return string.Join(' ', words);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
