using System.Text.RegularExpressions;

namespace WorldCapitals.Model.Tests;

/// <summary>Reading sample utterances: normalised form, slot references, Alexa's token rules.</summary>
internal static partial class SampleUtterances
{
    /// <summary>Lower case, single spaces, trimmed: two samples Alexa treats as the same compare equal.</summary>
    public static string Normalise(string sample) =>
        string.Join(' ', sample.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> SlotNames(string sample) =>
        SlotReference().Matches(sample).Select(match => match.Groups[1].Value).ToList();

    /// <summary>Letters, spaces, apostrophes, periods and {slot} references; braces only around a slot name.</summary>
    public static bool FollowsTokenRules(string sample) =>
        !string.IsNullOrWhiteSpace(sample)
        && AllowedText().IsMatch(SlotReference().Replace(sample, " "));

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex SlotReference();

    [GeneratedRegex(@"^[\p{L}\p{M} '.]*$")]
    private static partial Regex AllowedText();
}
