namespace WorldCapitals.Skill.Capitals;

/// <summary>Splits spoken text into words at white space, each in its comparable form (<see cref="SpokenName"/>); symbols alone are no word.</summary>
internal static class SpokenWords
{
    /// <summary>The words, or null when there are more than <paramref name="maxWords"/>.</summary>
    public static List<string>? Split(string text, string language, int maxWords)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isSpace = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!isSpace)
            {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start < 0)
                continue;
            var word = SpokenName.Normalize(text[start..i], language);
            start = -1;
            if (word.Length == 0)
                continue;
            if (words.Count == maxWords)
                return null;
            words.Add(word);
        }
        return words;
    }
}
