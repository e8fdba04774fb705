namespace WorldCapitals.Skill.Capitals;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), with an early exit.</summary>
internal static class EditDistance
{
    /// <returns>The distance, or a value greater than <paramref name="limit"/> once it is certain to exceed it.</returns>
    public static int Compute(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        // Three rows of the table; country names are short, so they live on the stack.
        var width = b.Length + 1;
        var rows = width <= 64 ? stackalloc int[3 * 64] : new int[3 * width];
        var previousPrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit)
                return limit + 1;
            var oldest = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }

    /// <summary>The fewest edits that make <paramref name="word"/> a run of letters inside <paramref name="text"/> (the
    /// distance to the closest substring, Sellers' algorithm: an alignment may start and end anywhere in the text).</summary>
    public static int InsideText(string word, string text)
    {
        var previous = new int[text.Length + 1];
        var current = new int[text.Length + 1];
        for (var i = 1; i <= word.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= text.Length; j++)
            {
                var cost = word[i - 1] == text[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous.Min();
    }
}
