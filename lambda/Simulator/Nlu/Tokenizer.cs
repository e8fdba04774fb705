using System.Globalization;
using System.Text;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Splits text into words: letters and digits with their combining marks (the vowel signs of Devanagari, the
/// diacritics of Arabic), with an apostrophe kept only inside a word ("what's", "d'ivoire"); every other character
/// (punctuation, hyphens, spaces) separates words. Japanese writes no spaces, so each Han character or kana is a word
/// of its own ("フランスの首都" is フ ラ ン ス の 首 都): a slot then takes any run of them, and a sample's literal
/// characters are compared one by one (a mark with no letter before it, such as a long vowel mark ー said first, is no word).
/// Typographic apostrophes count as plain ones. A possessive apostrophe after a
/// final "s" ("the bahamas' capital") stays with its word too, so a "{country}'s" sample can read it. Keys drop
/// apostrophes, so "whats" typed without one still matches "what's"; <see cref="SpellingOf"/> keeps them where a sample
/// needs them ("{country}'s"). Keys are folded as the skill folds names (<see cref="TextFolding"/>): accents, Arabic
/// letter variants, the Devanagari nukta, full-width and half-width forms.
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
            if (!char.IsLetterOrDigit(text[index]) || IsMark(text[index]))
            {
                index++;
                continue;
            }
            var start = index;
            if (TextFolding.IsSpacelessScript(text[index]))
            {
                index++;
                while (index < text.Length && IsMark(text[index]))
                    index++;
                // ヴァ and ティ are one sound each, folded to one kana (バ, チ): the small vowel belongs to the kana before it.
                if (index < text.Length && TextFolding.IsSmallVowelOfSyllable(text[index - 1], text[index]))
                    index++;
            }
            else
            {
                while (index < text.Length && !TextFolding.IsSpacelessScript(text[index])
                    && (char.IsLetterOrDigit(text[index]) || IsMark(text[index]) || IsInnerApostrophe(text, index) || IsPossessiveApostrophe(text, index)))
                {
                    index++;
                }
            }
            var word = text[start..index];
            tokens.Add(new Token(word, KeyOf(word), start, index));
        }
        return tokens;
    }

    /// <summary>
    /// Like <see cref="Tokenize(string)"/>, with the language's elisions split off a word ("d'israël" is "d'" and
    /// "israël" in French, as "dell'italia" is "dell'" and "italia" in Italian): <paramref name="elisions"/> holds their
    /// spellings ("d'", "dell'").
    /// </summary>
    public static IReadOnlyList<Token> Tokenize(string text, IReadOnlySet<string> elisions)
    {
        ArgumentNullException.ThrowIfNull(elisions);
        var tokens = Tokenize(text);
        if (elisions.Count == 0)
            return tokens;
        var split = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            var apostrophe = token.Text.IndexOfAny(['\'', '\u2019', '\u2018', '\u02BC']);
            if (apostrophe > 0 && apostrophe + 1 < token.Text.Length && elisions.Contains(SpellingOf(token.Text[..(apostrophe + 1)])))
            {
                var prefix = token.Text[..(apostrophe + 1)];
                var rest = token.Text[(apostrophe + 1)..];
                split.Add(new Token(prefix, KeyOf(prefix), token.Start, token.Start + prefix.Length));
                split.Add(new Token(rest, KeyOf(rest), token.Start + prefix.Length, token.End));
            }
            else
            {
                split.Add(token);
            }
        }
        return split;
    }

    /// <summary>
    /// <paramref name="tokens"/> with a word that is not known but starts with one of the language's
    /// <paramref name="prefixes"/> (spellings, as <see cref="SpellingOf"/> gives them) followed by a known word split in
    /// two: Arabic writes "and" joined to the next word ("وآيسلندا" is "و" and "آيسلندا"). A known word is never split
    /// ("وزير" stays one word where it is known).
    /// </summary>
    public static IReadOnlyList<Token> SplitPrefixes(IReadOnlyList<Token> tokens, IReadOnlyList<string> prefixes, Func<string, bool> isKnown)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(isKnown);
        if (prefixes.Count == 0)
            return tokens;
        return SplitUnknownWords(tokens, isKnown, token =>
            prefixes.FirstOrDefault(prefix => StartsWithPrefix(token, prefix, isKnown)) is { } prefix ? prefix.Length : null);
    }

    /// <summary>
    /// <paramref name="tokens"/> with a word that is not known but is a place's word followed by one of the language's
    /// <paramref name="suffixes"/> (spellings, as <see cref="SpellingOf"/> gives them) split in two: a Hindi recogniser
    /// writes the postposition onto the name ("स्वीडनकी" is "स्वीडन" and "की"). A known word is never split.
    /// </summary>
    public static IReadOnlyList<Token> SplitSuffixes(IReadOnlyList<Token> tokens, IReadOnlyList<string> suffixes, Func<string, bool> isKnown, Func<string, bool> isPlaceWord)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(suffixes);
        ArgumentNullException.ThrowIfNull(isKnown);
        ArgumentNullException.ThrowIfNull(isPlaceWord);
        if (suffixes.Count == 0)
            return tokens;
        return SplitUnknownWords(tokens, isKnown, token =>
            suffixes.FirstOrDefault(suffix => EndsWithSuffix(token, suffix, isPlaceWord)) is { } suffix ? token.Text.Length - suffix.Length : null);
    }

    // The tokens with each word that is not known split in two where splitAt says (the length of its first part), or kept
    // whole where it says null.
    private static List<Token> SplitUnknownWords(IReadOnlyList<Token> tokens, Func<string, bool> isKnown, Func<Token, int?> splitAt)
    {
        var split = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (isKnown(token.Key) || splitAt(token) is not { } length)
            {
                split.Add(token);
                continue;
            }
            var end = token.Start + length;
            split.Add(new Token(token.Text[..length], KeyOf(token.Text[..length]), token.Start, end));
            split.Add(new Token(token.Text[length..], KeyOf(token.Text[length..]), end, token.End));
        }
        return split;
    }

    /// <summary>
    /// <paramref name="tokens"/> with every run of words said apart that stands for other words (<paramref name="joins"/>,
    /// longest run first) read as those words: speech recognition and fast typing split a compound ("hoofd stad" is
    /// "hoofdstad", "राज धानी" is "राजधानी"), and Japanese writes a word in kana or English that the samples write in kanji
    /// (キャピタル is 首都, two words). There is one token per word the run stands for, each spanning the whole run with the
    /// run's words written together as its text, so a slot value that takes them shows what was said; a value takes all of
    /// them or none (<see cref="CutsJoinedRun"/>). A run that only drops a lead-in before its own last words ("قولي عاصمة
    /// ولاية" is "عاصمة ولاية", <see cref="WordJoin.LeadInWords"/>) keeps those words as the tokens they were, each a word of
    /// its own that a value may begin or end at. A run's words said alone stay as they are ("hoofd" is "head"), and a run
    /// written with hiragana is not read inside a katakana word (<see cref="WordJoin.WrittenWithHiragana"/>).
    /// </summary>
    public static IReadOnlyList<Token> JoinRuns(IReadOnlyList<Token> tokens, IReadOnlyList<WordJoin> joins)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(joins);
        if (joins.Count == 0)
            return tokens;
        var joined = new List<Token>(tokens.Count);
        var index = 0;
        while (index < tokens.Count)
        {
            var join = joins.FirstOrDefault(join => KeysAt(tokens, index, join.Run)
                && !(join.WrittenWithHiragana && (CutsKatakanaRun(tokens, index) || CutsKatakanaRun(tokens, index + join.Run.Count))));
            if (join is null)
            {
                joined.Add(tokens[index++]);
                continue;
            }
            var run = tokens.Skip(index).Take(join.Run.Count).ToArray();
            if (join.LeadInWords is { } leadIn)
            {
                joined.AddRange(run.Skip(leadIn));
            }
            else
            {
                var text = string.Concat(run.Select(token => token.Text));
                foreach (var word in join.Words)
                    joined.Add(new Token(text, word, run[0].Start, run[^1].End));
            }
            index += run.Length;
        }
        return joined;
    }

    /// <summary>Whether the tokens <paramref name="first"/> to <paramref name="last"/> (inclusive) begin or end inside a run
    /// joined to several words (<see cref="JoinRuns"/>: its tokens share the run's span), which was said as one word.</summary>
    public static bool CutsJoinedRun(IReadOnlyList<Token> tokens, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return (first > 0 && tokens[first - 1].End > tokens[first].Start)
            || (last + 1 < tokens.Count && tokens[last + 1].Start < tokens[last].End);
    }

    /// <summary>
    /// How many words the tokens <paramref name="start"/> to <paramref name="end"/> (exclusive) are as the speaker says them,
    /// for a rule's limit on a clause: in a script written without spaces, where each character is a token, a run of
    /// characters of one script (kanji, hiragana, katakana) is one word ("おばあちゃんが来月ポルトガルに" is おばあちゃんが, 来月,
    /// ポルトガル, に), and so are the tokens of a run joined to several words (<see cref="JoinRuns"/>); elsewhere each token
    /// is a word.
    /// </summary>
    public static int WordsSaid(IReadOnlyList<Token> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = 0;
        for (var index = start; index < end; index++)
        {
            if (index == start || !ContinuesWord(tokens[index - 1], tokens[index]))
                words++;
        }
        return words;
    }

    /// <summary>Whether a word boundary at <paramref name="index"/> (between that token and the one before it) would cut a
    /// run of katakana in two: a place name read there would be a part of a longer name (タイ in リヒテンシュタイン).</summary>
    public static bool CutsKatakanaRun(IReadOnlyList<Token> tokens, int index) =>
        CutsScriptRun(tokens, index) && SpacelessScriptOf(tokens[index].Text[0]) == SpacelessScript.Katakana;

    /// <summary>Whether a word boundary at <paramref name="index"/> would cut a run of one script written without spaces
    /// (kanji, hiragana, katakana) in two: タイ in したい is no word of its own.</summary>
    public static bool CutsScriptRun(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return index > 0 && index < tokens.Count && ContinuesWord(tokens[index - 1], tokens[index]);
    }

    /// <summary>The first token of the word that ends at <paramref name="last"/> in a script written without spaces (the run
    /// of one script it belongs to), and whether that word is written in hiragana (a particle or a pronoun: これ, の).</summary>
    public static (int First, bool Hiragana) WordEndingAt(IReadOnlyList<Token> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var first = last;
        while (CutsScriptRun(tokens, first))
            first--;
        return (first, SpacelessScriptOf(tokens[last].Text[0]) == SpacelessScript.Hiragana);
    }

    // A token continues the word before it when both are of one script written without spaces with nothing between them,
    // or when it is another word of the same joined run (the tokens share the run's span).
    private static bool ContinuesWord(Token previous, Token token) =>
        SpacelessScriptOf(token.Text[0]) is { } script && token.Start <= previous.End
        && (token.Start == previous.Start || SpacelessScriptOf(previous.Text[^1]) == script);

    /// <summary>Whether the token is written in a script without spaces (kanji, hiragana, katakana), where each character is a token.</summary>
    public static bool IsWrittenWithoutSpaces(Token token) => SpacelessScriptOf(token.Text[0]) is not null;

    /// <summary>Whether the token is written all in hiragana (a particle, a verb's ending, or a child's kana).</summary>
    public static bool IsHiragana(Token token) => token.Text.All(TextFolding.IsHiragana);

    /// <summary>Whether the character is katakana.</summary>
    public static bool IsKatakana(char c) => SpacelessScriptOf(c) == SpacelessScript.Katakana;

    private enum SpacelessScript
    {
        Kanji,
        Hiragana,
        Katakana,
    }

    private static SpacelessScript? SpacelessScriptOf(char c) =>
        !TextFolding.IsSpacelessScript(c) ? null
        : TextFolding.IsHiragana(c) ? SpacelessScript.Hiragana
        : c is (>= '\u30A0' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9D') ? SpacelessScript.Katakana
        : SpacelessScript.Kanji;

    /// <summary>Whether the tokens from <paramref name="start"/> on have these keys, in this order.</summary>
    internal static bool KeysAt(IReadOnlyList<Token> tokens, int start, IReadOnlyList<string> keys)
    {
        if (start + keys.Count > tokens.Count)
            return false;
        for (var offset = 0; offset < keys.Count; offset++)
        {
            if (tokens[start + offset].Key != keys[offset])
                return false;
        }
        return true;
    }

    // The suffix is compared as the prefix is, and the stem before it must be a word of a place's name.
    private static bool EndsWithSuffix(Token token, string suffix, Func<string, bool> isPlaceWord) =>
        token.Text.Length > suffix.Length && SpellingOf(token.Text[^suffix.Length..]) == suffix && isPlaceWord(KeyOf(token.Text[..^suffix.Length]));

    // The prefix is compared as written (its spelling has as many characters as the text it stands for: the prefixes
    // are plain letters), and the rest must be a known word.
    private static bool StartsWithPrefix(Token token, string prefix, Func<string, bool> isKnown) =>
        token.Text.Length > prefix.Length && SpellingOf(token.Text[..prefix.Length]) == prefix && isKnown(KeyOf(token.Text[prefix.Length..]));

    /// <summary>The comparable form of a phrase: its words' keys joined by single spaces.</summary>
    public static string PhraseKey(string text) => string.Join(' ', Tokenize(text).Select(token => token.Key));

    /// <summary>Like <see cref="PhraseKey(string)"/>, with the language's elisions split off.</summary>
    public static string PhraseKey(string text, IReadOnlySet<string> elisions) => string.Join(' ', Tokenize(text, elisions).Select(token => token.Key));

    /// <summary>The comparable form of a word: lower case, folded, apostrophes dropped.</summary>
    public static string KeyOf(string word) => SpellingOf(word).Replace("'", "", StringComparison.Ordinal);

    /// <summary>Lower case, folded (<see cref="TextFolding"/>), apostrophes kept as plain ones.</summary>
    public static string SpellingOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = new StringBuilder(word.Length);
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && !IsApostrophe(word[i]))
                continue;
            TextFolding.Append(key, word.AsSpan(start, i - start));
            if (i < word.Length)
                key.Append('\'');
            start = i + 1;
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

    // Combining marks of any script, the zero-width (non-)joiner, a kana's voiced marks and the long vowel mark ー (folded
    // away: ケーララ is ケララ) belong to the word they are in.
    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || c is '\u200C' or '\u200D' or '\uFF70' or TextFolding.LongVowelMark || TextFolding.IsVoicedMark(c);
}
