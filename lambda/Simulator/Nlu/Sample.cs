using System.Text.RegularExpressions;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// A sample utterance compiled for matching: literal words and <c>{slot}</c> placeholders. A placeholder may
/// carry a suffix glued to it ("{country}'s"): the last captured word must end with it, and it is not part of
/// the slot value.
/// </summary>
internal sealed partial class Sample
{
    private Sample(string intentName, string text, int order, IReadOnlyList<SamplePart> parts)
    {
        IntentName = intentName;
        Text = text;
        Order = order;
        Parts = parts;
        LiteralCount = parts.Count(part => part.SlotName is null);
    }

    public string IntentName { get; }

    /// <summary>The sample as written in the model (or the built-in phrasing).</summary>
    public string Text { get; }

    /// <summary>Position in the model (intent order, then sample order): the last tie-breaker.</summary>
    public int Order { get; }

    public IReadOnlyList<SamplePart> Parts { get; }

    public int LiteralCount { get; }

    public bool IsSlotOnly => LiteralCount == 0;

    public static Sample Compile(string intentName, string text, int order)
    {
        var parts = new List<SamplePart>();
        foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var placeholder = PlaceholderPattern().Match(piece);
            if (placeholder.Success)
            {
                var suffix = Tokenizer.SpellingOf(placeholder.Groups["suffix"].Value);
                parts.Add(new SamplePart(null, placeholder.Groups["name"].Value, suffix));
                continue;
            }
            foreach (var token in Tokenizer.Tokenize(piece))
                parts.Add(new SamplePart(token.Key, null, ""));
        }
        return new Sample(intentName, text, order, parts);
    }

    [GeneratedRegex(@"^\{(?<name>[A-Za-z0-9_]+)\}(?<suffix>.*)$")]
    private static partial Regex PlaceholderPattern();
}

/// <summary>A literal word (its key) or a slot placeholder (its name and glued suffix, apostrophe kept).</summary>
internal readonly record struct SamplePart(string? Literal, string? SlotName, string Suffix)
{
    /// <summary>The suffix as it appears in a word's key (apostrophes dropped): "'s" -> "s".</summary>
    public string SuffixKey => Suffix.Replace("'", "", StringComparison.Ordinal);
}
