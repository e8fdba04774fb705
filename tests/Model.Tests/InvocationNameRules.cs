using System.Text.RegularExpressions;

namespace WorldCapitals.Model.Tests;

/// <summary>Amazon's invocation-name requirements that can be checked mechanically.</summary>
internal static partial class InvocationNameRules
{
    private static readonly HashSet<string> ForbiddenWords = new(StringComparer.Ordinal)
    {
        // launch phrases
        "ask", "tell", "open", "launch", "begin", "start", "run", "load", "play", "resume", "use", "talk",
        // wake words and Amazon names
        "alexa", "amazon", "echo", "computer", "ziggy",
        // skill words and connecting words
        "skill", "app", "by", "from", "using", "with", "if", "whether", "and",
    };

    private static readonly HashSet<string> ForbiddenInTwoWordNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "for", "to", "of", "in", "on", "at", "about", "with",
    };

    /// <summary>Every rule the name breaks; empty when it is valid.</summary>
    public static IReadOnlyList<string> Violations(string name)
    {
        var violations = new List<string>();
        if (!AllowedCharacters().IsMatch(name))
            violations.Add("only lower-case letters, single spaces, possessive apostrophes and abbreviation periods are allowed");

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            violations.Add("one-word names are not allowed");
        violations.AddRange(words.Where(ForbiddenWords.Contains).Select(word => $"'{word}' is a launch phrase, wake word or connecting word"));
        if (words.Length == 2)
            violations.AddRange(words.Where(ForbiddenInTwoWordNames.Contains).Select(word => $"two-word names may not contain '{word}'"));
        return violations;
    }

    // words of lower-case letters, optionally ending in 's (possessive) or being an abbreviation letter with a period.
    [GeneratedRegex(@"^(?:[a-z]+(?:'s)?|[a-z]\.)(?: (?:[a-z]+(?:'s)?|[a-z]\.))*$")]
    private static partial Regex AllowedCharacters();
}
