using System.Text;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Splits text into words: letters and digits, with an apostrophe kept only inside a word ("what's",
/// "d'ivoire"); every other character (punctuation, hyphens, spaces) separates words. Typographic
/// apostrophes count as plain ones. A possessive apostrophe after a final "s" ("the bahamas' capital") stays with its
/// word too, so a "{country}'s" sample can read it. Keys drop apostrophes, so "whats" typed without one still matches
/// "what's"; <see cref="SpellingOf"/> keeps them where a sample needs them ("{country}'s").
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var index = 0;
        while (index < text.Length)
        {
            if (!char.IsLetterOrDigit(text[index]))
            {
                index++;
                continue;
            }
            var start = index;
            while (index < text.Length && (char.IsLetterOrDigit(text[index]) || IsMark(text[index]) || IsInnerApostrophe(text, index) || IsPossessiveApostrophe(text, index)))
                index++;
            var word = text[start..index];
            tokens.Add(new Token(word, KeyOf(word), start, index));
        }
        return tokens;
    }

    /// <summary>The comparable form of a phrase: its words' keys joined by single spaces.</summary>
    public static string PhraseKey(string text) => string.Join(' ', Tokenize(text).Select(token => token.Key));

    /// <summary>The comparable form of a word: lower case, accents folded, apostrophes dropped.</summary>
    public static string KeyOf(string word) => SpellingOf(word).Replace("'", "", StringComparison.Ordinal);

    /// <summary>Lower case, accents folded, apostrophes kept as plain ones.</summary>
    public static string SpellingOf(string word)
    {
        var key = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (IsApostrophe(c))
                key.Append('\'');
            else
                LatinFolding.Append(key, c);
        }
        return key.ToString().ToLowerInvariant();
    }

    private static bool IsInnerApostrophe(string text, int index) =>
        IsApostrophe(text[index]) && index > 0 && index + 1 < text.Length
        && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);

    private static bool IsPossessiveApostrophe(string text, int index) =>
        IsApostrophe(text[index]) && index > 0 && text[index - 1] is 's' or 'S'
        && (index + 1 == text.Length || !char.IsLetterOrDigit(text[index + 1]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';
}
