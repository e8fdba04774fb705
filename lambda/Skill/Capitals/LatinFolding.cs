namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Folds Latin letters with diacritics to their base letter (é -> e, ã -> a, ł -> l). String.Normalize cannot
/// do this here: the skill runs with invariant globalization (no ICU on a minimal Lambda image).
/// </summary>
public static class LatinFolding
{
    private const int First = 0x00C0;

    // Base letter for each code point from U+00C0 to U+024F; '\0' where there is none (×, ÷, ß, æ, œ, þ ...).
    private const string BaseLetters =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiii" +
        "dnooooo\0ouuuuy\0yAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLl\0\0LlNnNnNn\0\0\0OoOo" +
        "Oo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\0" +
        "b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0l\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0U" +
        "u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0Aa" +
        "Aa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOo" +
        "RrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0" +
        "\0\0\0\0\0\0Ee\0\0\0\0\0\0\0\0";

    /// <summary>
    /// Appends the folded form of <paramref name="c"/>: its base letter, a two-letter expansion, nothing for a
    /// combining diacritic typed after a letter, or the character itself (marks of other scripts included).
    /// </summary>
    public static void Append(System.Text.StringBuilder target, char c)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (c is >= '\u0300' and <= '\u036F')
            return;
        switch (c)
        {
            case 'ß': target.Append("ss"); return;
            case 'æ' or 'Æ': target.Append("ae"); return;
            case 'œ' or 'Œ': target.Append("oe"); return;
            case 'þ' or 'Þ': target.Append("th"); return;
        }
        var index = c - First;
        if (index >= 0 && index < BaseLetters.Length && BaseLetters[index] != '\0')
            target.Append(BaseLetters[index]);
        else
            target.Append(c);
    }
}
