using System.Text;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Folds the ways one word can be written to one form, for every script the skill's languages use, so that what a
/// user says (or types into the simulator) compares equal to the data's names. Lower case is applied by the caller.
/// <list type="bullet">
/// <item>Latin: letters with diacritics to their base letter (<see cref="LatinFolding"/>), combining accents dropped.</item>
/// <item>Japanese kana: hiragana to katakana (ふらんす -> フランス: a speech recogniser may write a name in either, and
/// they are the same sounds), full-width ASCII to ASCII, half-width katakana to katakana (a following voiced or
/// semi-voiced mark composed: ｶﾞ -> ガ), the ideographic space to a space; a combining voiced mark after a kana is
/// composed too (カ + U+3099 -> ガ); the katakana ヴ, which Japanese writes for a "v" that it says as a "b", as the
/// b-row kana people write just as often (ヴァチカン -> バチカン, ヴィ -> ビ, ヴ -> ブ, ヴェ -> ベ, ヴォ -> ボ); the long vowel mark ー
/// dropped, since foreign names are written with and without it (ケーララ and ケララ, カーボベルデ and カボベルデ); a small
/// vowel as the large one (ウルグァイ and ウルグアイ, ノルウェー and ノルウエー), ティ and ディ as チ and ジ, which loanwords are
/// written with just as often (アルゼンティン and アルゼンチン, サウディ and サウジ).</item>
/// <item>Arabic: the alef forms (أ إ آ ٱ) to ا, ة to ه, ى to ي, the Persian ی and ک to ي and ك; the short vowels and
/// other diacritics (tashkeel) and the tatweel dropped.</item>
/// <item>Devanagari: the nukta dropped (फ़ -> फ, also the precomposed letters), chandrabindu as anusvara; a nasal
/// consonant with virama before a stop or a sibilant as anusvara (लन्दन -> लंदन, हिन्दी -> हिंदी, फ़्रान्स -> फ़्रांस), and the candra O of
/// English words as the long A Hindi writes for it just as often (ऑस्ट्रेलिया -> आस्ट्रेलिया, वॉशिंगटन -> वाशिंगटन); long I and
/// long U (letters and vowel signs) as the short ones, since foreign names are written with either length (फ़िलीपींस and
/// फ़िलिपींस, ईराक and इराक); the retroflex ण as न (जापाण -> जापान: foreign names are heard and written with either); the "ai" of English names written आय or ाय before a consonant as आइ / ाइ, as it is written just
/// as often (आयरलैंड and आइरलैंड, थायलैंड and थाइलैंड, सायप्रस and साइप्रस; not before a vowel sign: आयोवा stays).</item>
/// <item>Zero-width joiner and non-joiner, and the byte-order mark, dropped everywhere; typographic apostrophes made plain.</item>
/// </list>
/// String.Normalize cannot do any of this here: with invariant globalization (no ICU) it returns its input unchanged.
/// </summary>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        Append(result, text);
        return result.ToString();
    }

    /// <summary>Appends the folded form of <paramref name="text"/> to <paramref name="target"/>.</summary>
    public static void Append(StringBuilder target, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF61' and <= '\uFF9F')
                c = HalfWidthKana[c - '\uFF61'];
            c = KatakanaOf(c);
            if (IsNasalBeforeConsonant(text, i))
            {
                target.Append('\u0902');
                i++;
                continue;
            }
            if (c == '\u092F' && IsAiBeforeConsonant(target, text, i))
            {
                target.Append('\u0907');
                continue;
            }
            if (IsVoicedMark(c) && target.Length > 0 && Voiced(target[^1], c) is { } composed)
            {
                target[^1] = composed == '\u30F4' ? '\u30D6' : composed;
                continue;
            }
            if (target.Length > 0 && target[^1] == '\u30D6' && BRowVowel(c) is { } bRow)
            {
                target[^1] = bRow;
                continue;
            }
            if (c == '\u30A3' && target.Length > 0 && target[^1] is '\u30C6' or '\u30C7')
            {
                target[^1] = target[^1] == '\u30C6' ? '\u30C1' : '\u30B8';
                continue;
            }
            AppendChar(target, c == '\u30F4' ? '\u30D6' : LargeVowelOf(c));
        }
    }

    // A small katakana vowel (ァ ィ ゥ ェ ォ) as the large one: names are written both ways (ウルグァイ and ウルグアイ,
    // ノルウェー and ノルウエー, マラウィ and マラウイ).
    private static char LargeVowelOf(char c) => c is '\u30A1' or '\u30A3' or '\u30A5' or '\u30A7' or '\u30A9' ? (char)(c + 1) : c;

    /// <summary>Whether <paramref name="c"/> is written as a word of its own in running text: a Han character or a kana
    /// (Japanese writes no spaces, so each is a word for matching; a kana's voiced mark belongs to the kana before it).</summary>
    public static bool IsSpacelessScript(char c) => char.IsLetter(c) &&
        c is (>= '\u3040' and <= '\u30FF' and not '\u3099' and not '\u309A') or (>= '\u31F0' and <= '\u31FF') or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9D');

    /// <summary>The katakana long vowel mark ー, which belongs to the kana before it.</summary>
    public const char LongVowelMark = '\u30FC';

    /// <summary>A voiced or semi-voiced sound mark (combining or half-width) that belongs to the kana before it.</summary>
    public static bool IsVoicedMark(char c) => c is '\u3099' or '\u309A' or '\uFF9E' or '\uFF9F';

    /// <summary>A character folding drops when it stands alone: it belongs to the letters around it.</summary>
    public static bool IsDropped(char c) => c is '\u200C' or '\u200D' or '\uFEFF' or '\u0640' or '\u093C' or '\u0670' or LongVowelMark
        or (>= '\u064B' and <= '\u065F') || c is >= '\u0300' and <= '\u036F';

    // ङ ञ ण न म with a virama, then a stop that is not itself a nasal (क to भ; the nukta letters क़ to फ़) or a sibilant
    // (श ष स: फ़्रान्स and फ़्रांस): Hindi writes that nasal as an anusvara just as often. Not before य र ल व (न्यू stays),
    // nor a double nasal (न्न).
    private static bool IsNasalBeforeConsonant(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && IsNasal(text[i]) && text[i + 1] == '\u094D'
        && text[i + 2] is (>= '\u0915' and <= '\u092D') or (>= '\u0958' and <= '\u095E') or (>= '\u0936' and <= '\u0938')
        && !IsNasal(text[i + 2]);

    // य right after आ or ा (already folded: ऑ, ॉ are आ, ा) and before a consonant or the end of the word: the diphthong "ai",
    // written आय as often as आइ. Before a vowel sign or a virama it is the consonant y (आयोवा, मायन्मार stay).
    private static bool IsAiBeforeConsonant(StringBuilder target, ReadOnlySpan<char> text, int i) =>
        target.Length > 0 && target[^1] is '\u0906' or '\u093E'
        && (i + 1 == text.Length || text[i + 1] is not ((>= '\u093E' and <= '\u094D') or '\u0901' or '\u0902' or '\u093C'));

    private static bool IsNasal(char c) => c is '\u0919' or '\u091E' or '\u0923' or '\u0928' or '\u092E';

    // ブ (from ヴ) with a small ァ ィ ェ ォ is バ ビ ベ ボ.
    private static char? BRowVowel(char small) => small switch
    {
        '\u30A1' => '\u30D0',
        '\u30A3' => '\u30D3',
        '\u30A7' => '\u30D9',
        '\u30A9' => '\u30DC',
        _ => null,
    };

    /// <summary>Whether <paramref name="c"/> is a small ァ ィ ェ ォ (either kana) that belongs to a ヴ before it: ヴァ is one
    /// sound, バ.</summary>
    public static bool IsSmallVowelAfterV(char v, char c) => KatakanaOf(v) == '\u30F4' && BRowVowel(KatakanaOf(c)) is not null;

    /// <summary>Whether <paramref name="c"/> is a small kana that makes one sound with the kana <paramref name="before"/>
    /// and is folded with it: ヴァ (バ), ティ (チ), ディ (ジ).</summary>
    public static bool IsSmallVowelOfSyllable(char before, char c) =>
        IsSmallVowelAfterV(before, c) || (KatakanaOf(before) is '\u30C6' or '\u30C7' && KatakanaOf(c) == '\u30A3');

    /// <summary>Whether <paramref name="c"/> is a hiragana letter, mark or iteration mark (the block Japanese writes its
    /// particles and endings in).</summary>
    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    /// <summary>Whether <paramref name="c"/> is a katakana letter (ァ to ヺ, the block's letters without its marks).</summary>
    public static bool IsKatakanaLetter(char c) => c is >= '\u30A1' and <= '\u30FA';

    /// <summary>The katakana for a hiragana letter or iteration mark (ふ -> フ, ゝ -> ヽ); any other character as it is.</summary>
    public static char KatakanaOf(char c) => c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E' ? (char)(c + 0x60) : c;

    private static void AppendChar(StringBuilder target, char c)
    {
        if (IsDropped(c))
            return;
        switch (c)
        {
            case '\u3000': target.Append(' '); return;
            case '\u2019' or '\u02BC': target.Append('\''); return;
            case >= '\uFF01' and <= '\uFF5E': LatinFolding.Append(target, (char)(c - 0xFEE0)); return;
            case '\u0622' or '\u0623' or '\u0625' or '\u0671': target.Append('\u0627'); return;
            case '\u0629': target.Append('\u0647'); return;
            case '\u0649' or '\u06CC': target.Append('\u064A'); return;
            case '\u06A9': target.Append('\u0643'); return;
            case '\u0901': target.Append('\u0902'); return;
            case '\u0911': target.Append('\u0906'); return;
            case '\u0949': target.Append('\u093E'); return;
            case '\u0940': target.Append('\u093F'); return;
            case '\u0942': target.Append('\u0941'); return;
            case '\u0908': target.Append('\u0907'); return;
            case '\u090A': target.Append('\u0909'); return;
            // ण for न: Hindi ASR and speakers from the west and south write foreign names with the retroflex nasal (जापाण).
            case '\u0929' or '\u0923': target.Append('\u0928'); return;
            case '\u0931': target.Append('\u0930'); return;
            case '\u0934': target.Append('\u0933'); return;
            case >= '\u0958' and <= '\u095F': target.Append(DevanagariWithoutNukta[c - '\u0958']); return;
        }
        LatinFolding.Append(target, c);
    }

    // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958 to U+095F) without their nukta.
    private const string DevanagariWithoutNukta = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F";

    // U+FF61 to U+FF9F as full-width characters; the two sound marks become the combining ones.
    private const string HalfWidthKana =
        "\u3002\u300C\u300D\u3001\u30FB\u30F2\u30A1\u30A3\u30A5\u30A7\u30A9\u30E3\u30E5\u30E7\u30C3" +
        "\u30FC\u30A2\u30A4\u30A6\u30A8\u30AA\u30AB\u30AD\u30AF\u30B1\u30B3\u30B5\u30B7\u30B9\u30BB\u30BD" +
        "\u30BF\u30C1\u30C4\u30C6\u30C8\u30CA\u30CB\u30CC\u30CD\u30CE\u30CF\u30D2\u30D5\u30D8\u30DB" +
        "\u30DE\u30DF\u30E0\u30E1\u30E2\u30E4\u30E6\u30E8\u30E9\u30EA\u30EB\u30EC\u30ED\u30EF\u30F3\u3099\u309A";

    // The kana with the mark: カ + ゛ -> ガ (the next code point), ハ + ゜ -> パ (two on); ウ + ゛ -> ヴ. Hiragana alike.
    private static char? Voiced(char kana, char mark)
    {
        var semi = mark is '\u309A' or '\uFF9F';
        var katakana = kana is >= '\u30A0' and <= '\u30FF';
        var offset = katakana ? 0 : 0x60;
        var k = (char)(kana + offset);
        if (!katakana && !IsHiragana(kana))
            return null;
        if (!semi && k == '\u30A6')
            return katakana ? '\u30F4' : '\u3094';
        var haRow = k is '\u30CF' or '\u30D2' or '\u30D5' or '\u30D8' or '\u30DB';
        if (semi)
            return haRow ? (char)(kana + 2) : null;
        var voiceable = haRow || k is (>= '\u30AB' and <= '\u30C2' and not '\u30C3') && (k - '\u30AB') % 2 == 0
            || k is '\u30C4' or '\u30C6' or '\u30C8';
        return voiceable ? (char)(kana + 1) : null;
    }
}
