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

    // The wake words and Amazon's names as every language writes them; no name may contain them.
    private static readonly string[] WakeWords = ["alexa", "amazon", "echo", "アレクサ", "アマゾン", "एलेक्सा", "अलेक्सा", "أليكسا", "اليكسا"];

    /// <summary>Every rule the name breaks in its language; empty when it is valid. English has Amazon's full list of
    /// launch and connecting words; every language, the wake words.</summary>
    public static IReadOnlyList<string> Violations(string name, string language = "en")
    {
        var violations = new List<string>();
        if (!(language == "en" ? AllowedCharacters() : AllowedCharactersInAnyScript()).IsMatch(name))
            violations.Add("only lower-case letters, single spaces, apostrophes and abbreviation periods are allowed");

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Japanese writes no spaces: there, two characters at least.
        var spaceless = name.Any(character => WorldCapitals.Skill.Capitals.TextFolding.IsSpacelessScript(character));
        if (spaceless ? name.Length < 2 : words.Length < 2)
            violations.Add("one-word names are not allowed");
        violations.AddRange(WakeWords.Where(wake => words.Contains(wake) || (spaceless && name.Contains(wake, StringComparison.Ordinal)))
            .Select(wake => $"'{wake}' is a wake word"));
        if (language != "en")
            return violations;
        violations.AddRange(words.Where(ForbiddenWords.Contains).Select(word => $"'{word}' is a launch phrase, wake word or connecting word"));
        if (words.Length == 2)
            violations.AddRange(words.Where(ForbiddenInTwoWordNames.Contains).Select(word => $"two-word names may not contain '{word}'"));
        return violations;
    }

    // Letters without upper case (lower-case, or a script without case) with their marks, an apostrophe inside a word, single spaces.
    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{M}']*(?: [\p{Ll}\p{Lo}\p{Lm}][\p{Ll}\p{Lo}\p{Lm}\p{M}'.]*)*$")]
    private static partial Regex AllowedCharactersInAnyScript();

    // words of lower-case letters, optionally ending in 's (possessive) or being an abbreviation letter with a period.
    [GeneratedRegex(@"^(?:[a-z]+(?:'s)?|[a-z]\.)(?: (?:[a-z]+(?:'s)?|[a-z]\.))*$")]
    private static partial Regex AllowedCharacters();
}
