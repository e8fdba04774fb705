using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Speech;

/// <summary>
/// A name the user said, as the skill writes it back in a not-found answer and its card: "la bretagne" becomes
/// "la Bretagne", "trinité-et-tobago" "Trinité-et-Tobago", "l'atlantide" "l'Atlantide", by the locale's
/// <see cref="LocaleSpeech.LowercaseNameWords"/>. Scripts without case are left as they are. A long misrecognition is
/// cut to <see cref="MaxCharacters"/> so that it does not make the answer huge.
/// </summary>
internal static class EchoedName
{
    public const int MaxCharacters = 60;

    private static readonly char[] Apostrophes = ['\'', '\u2019'];

    public static string Write(string spoken, LocaleSpeech text)
    {
        var written = TextElements.Truncate(spoken, MaxCharacters).ToCharArray();
        var start = 0;
        for (var i = 0; i <= written.Length; i++)
        {
            if (i < written.Length && written[i] != ' ' && written[i] != '-')
                continue;
            CapitaliseWord(written, start, i - start, text.LowercaseNameWords);
            start = i + 1;
        }
        return new string(written);
    }

    private static void CapitaliseWord(char[] written, int start, int length, IReadOnlySet<string> lowercaseWords)
    {
        if (length == 0 || lowercaseWords.Contains(new string(written, start, length)))
            return;
        var apostrophe = Array.FindIndex(written, start, length, c => Array.IndexOf(Apostrophes, c) >= 0);
        if (apostrophe > start && apostrophe < start + length - 1 &&
            lowercaseWords.Contains(new string(written, start, apostrophe - start) + "'"))
        {
            start = apostrophe + 1;
        }
        written[start] = char.ToUpperInvariant(written[start]);
    }
}
