namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Reads a slot value as a list of places joined by the language's list words ("spain and portugal", "فرنسا وألمانيا",
/// "フランスとドイツ"): two to four parts, each the exact name or alias of a place. A list word is a word between spaces,
/// or glued to the next name when the language also writes it as a word prefix (Arabic و), or anywhere inside the text
/// when it is written in a script without spaces (Japanese と). Before the last list word, a comma or a space may also part
/// two places ("france, germany and italy", "france germany and italy": a recogniser rarely writes the comma). A name that
/// holds a list word or a space ("trinidad and tobago", "south africa") stays one part: the longest part that names a
/// place is tried first. Two places whose names share words may say them once ("north and south korea", "corea del norte y
/// del sur").
/// </summary>
internal static class PlaceList
{
    public const int MaxParts = 4;

    // The most words of a part said without the words it shares with the other ("del sur").
    private const int MaxElidedWords = 2;

    /// <summary>The places in the order said, or null when the text is not such a list.</summary>
    public static List<NamedPlace>? Split(string text, IReadOnlyList<string> listWords, IReadOnlyList<string> gluedWords, Func<string, NamedPlace?> exact)
    {
        var splits = SplitPoints(text, listWords, gluedWords);
        if (splits.Count == 0)
            return null;
        var parts = PartsFrom(text, 0, splits, exact, MaxParts) ?? ElidedPair(text, splits, exact);
        if (parts is null || parts.Distinct().Count() != parts.Count)
            return null;
        return parts;
    }

    // Two places that share words said once: the first part ends before the words both names end with ("north and south
    // korea", "उत्तर और दक्षिण कोरिया"), or the second begins after the words both begin with ("corea del norte y del sur").
    // One part names a place as it is; the other, at most MaxElidedWords words, names one only with the shared words.
    private static List<NamedPlace>? ElidedPair(string text, List<(int LeftEnd, int RightStart)> splits, Func<string, NamedPlace?> exact)
    {
        foreach (var (leftEnd, rightStart) in splits)
        {
            var left = text[..leftEnd].Trim();
            var right = text[rightStart..].Trim();
            var (leftPlace, rightPlace) = (exact(left), exact(right));
            if (rightPlace is { } second && leftPlace is null && WordCount(left) <= MaxElidedWords)
            {
                var words = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var from = words.Length - 1; from >= 1; from--)
                {
                    if (exact($"{left} {string.Join(' ', words[from..])}") is { } first)
                        return [first, second];
                }
            }
            if (leftPlace is { } head && rightPlace is null && WordCount(right) <= MaxElidedWords)
            {
                var words = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var to = 1; to < words.Length; to++)
                {
                    if (exact($"{string.Join(' ', words[..to])} {right}") is { } other)
                        return [head, other];
                }
            }
        }
        return null;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The parts of text[from..], each a place, at most maxParts; null when there are none such.
    private static List<NamedPlace>? PartsFrom(string text, int from, List<(int LeftEnd, int RightStart)> splits, Func<string, NamedPlace?> exact, int maxParts)
    {
        if (maxParts < 2)
            return null;
        for (var i = splits.Count - 1; i >= 0; i--)
        {
            var (leftEnd, rightStart) = splits[i];
            if (leftEnd <= from || exact(text[from..leftEnd]) is not { } first)
                continue;
            if (exact(text[rightStart..]) is { } last)
                return [first, last];
            if (PartsFrom(text, rightStart, splits, exact, maxParts - 1) is { } rest)
            {
                rest.Insert(0, first);
                return rest;
            }
        }
        return null;
    }

    // Where the text may be cut: the end of the part before a list word and the start of the part after it, in text order.
    private static List<(int LeftEnd, int RightStart)> SplitPoints(string text, IReadOnlyList<string> listWords, IReadOnlyList<string> gluedWords)
    {
        var splits = new List<(int, int)>();
        foreach (var word in listWords)
        {
            var inside = word.All(TextFolding.IsSpacelessScript);
            var glued = gluedWords.Contains(word);
            for (var at = text.IndexOf(word, 1, StringComparison.OrdinalIgnoreCase); at > 0; at = NextIndex(text, word, at))
            {
                var end = at + word.Length;
                if (end >= text.Length)
                    break;
                var spaceBefore = char.IsWhiteSpace(text[at - 1]);
                var spaceAfter = char.IsWhiteSpace(text[end]);
                if (inside || (spaceBefore && (spaceAfter || (glued && char.IsLetter(text[end])))))
                    splits.Add((at, end));
            }
        }
        if (splits.Count == 0)
            return splits;
        var lastListWord = splits.Max(split => split.Item1);
        for (var at = 1; at < lastListWord; at++)
        {
            if ((char.IsWhiteSpace(text[at]) || IsListComma(text[at])) && !char.IsWhiteSpace(text[at - 1]) && !IsListComma(text[at - 1]))
                splits.Add((at, at + 1));
        }
        splits.Sort();
        return splits;
    }

    // The comma of the Latin scripts, of Arabic and of Japanese.
    private static bool IsListComma(char c) => c is ',' or '\u060C' or '\u3001';

    private static int NextIndex(string text, string word, int at) =>
        at + 1 < text.Length ? text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase) : -1;
}
