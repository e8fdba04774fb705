using System.Text;
using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// A sample utterance compiled for matching: literal words (variants expanded, "what's" -> "what", "is") and
/// <c>{slot}</c> placeholders. A placeholder may carry a suffix glued to it ("{country}'s"): the last captured
/// word must end with it, and it is not part of the slot value.
/// </summary>
internal sealed partial class Sample
{
    private Sample(string intentName, string text, int order, SamplePart[] parts)
    {
        IntentName = intentName;
        Text = text;
        Order = order;
        Parts = parts;
        LiteralCount = parts.Count(part => part.SlotName is null && part.Kind != WordKind.Filler);
        Weight = parts.Where(part => part.SlotName is null).Sum(part => (int)part.Kind);
        HasSlots = parts.Any(part => part.SlotName is not null);
        LiteralIds = parts.Where(part => part.SlotName is null).Select(part => part.WordId).ToHashSet();
        DistinctLiterals = parts.Where(part => part.SlotName is null && part.Kind != WordKind.Filler).DistinctBy(part => part.WordId).ToArray();
        SlotNouns = new bool[parts.Length];
        for (var index = 0; index < parts.Length; index++)
        {
            if (parts[index].SlotName is null)
                continue;
            MarkSlotNoun(index, -1);
            MarkSlotNoun(index, 1);
        }
    }

    // The first content literal from the slot at 'slot' in direction 'step', past function words and fillers only.
    private void MarkSlotNoun(int slot, int step)
    {
        for (var index = slot + step; index >= 0 && index < Parts.Length && Parts[index].SlotName is null; index += step)
        {
            if (Parts[index].Kind != WordKind.Content)
                continue;
            SlotNouns[index] = true;
            return;
        }
    }

    public string IntentName { get; }

    /// <summary>The sample as written in the model (or the built-in phrasing).</summary>
    public string Text { get; }

    /// <summary>Position in the model (intent order, then sample order): the last tie-breaker.</summary>
    public int Order { get; }

    public SamplePart[] Parts { get; }

    /// <summary>Literal words other than fillers.</summary>
    public int LiteralCount { get; }

    /// <summary>What its literal words weigh together (<see cref="WordKind"/>): how much of the sample an edit changes.</summary>
    public int Weight { get; }

    public bool HasSlots { get; }

    /// <summary>Which parts are a slot's noun: the content literal nearest a slot on either side with only function
    /// words and fillers between ("capital" in "the capital of {country}", "राजधानी" in "{country} की राजधानी").</summary>
    public bool[] SlotNouns { get; }

    /// <summary>Every literal word's id (see <see cref="SamplePart.WordId"/>).</summary>
    public HashSet<int> LiteralIds { get; }

    /// <summary>The literal words other than fillers, each once.</summary>
    public SamplePart[] DistinctLiterals { get; }

    /// <summary>Only slots and filler words ("{country}", "{country} please").</summary>
    public bool IsSlotOnly => LiteralCount == 0 && HasSlots;

    /// <summary>Two or more slots ("the capital of {country} in {parent}").</summary>
    public bool HasSeveralSlots => Parts.Count(part => part.SlotName is not null) > 1;

    /// <summary>Null when a placeholder names a slot the intent does not declare (such a request cannot be
    /// sent; the model linter forbids it).</summary>
    /// <param name="slotType">The type of each of the intent's slots by name; null for an undeclared slot.</param>
    /// <param name="wordId">A number for each literal word's key, the same for the same key in every sample.</param>
    public static Sample? Compile(string intentName, string text, int order, NluLexicon lexicon, Func<string, string?> slotType, Func<string, int> wordId)
    {
        var parts = new List<SamplePart>();
        // The literal words between two placeholders are tokenized together, so a run the lexicon joins ("hoofd stad") is
        // read as its one word in a sample as in an utterance.
        var literals = new StringBuilder();
        void AddLiterals(string literal) => literals.Append(' ').Append(literal);
        void EndLiterals()
        {
            foreach (var token in lexicon.Tokenize(literals.ToString()))
            {
                foreach (var word in lexicon.Expand(token.Key))
                    parts.Add(new SamplePart(word, wordId(word), null, null, "", lexicon.KindOf(word), TextFolding.IsHiragana(token.Text[0])));
            }
            literals.Clear();
        }
        foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A placeholder may sit inside a piece: "{country}'s" (a glued suffix, which must end the last captured word)
            // or, in a language without spaces, "{country}の首都は" (literal words after it).
            var position = 0;
            foreach (Match placeholder in PlaceholderPattern().Matches(piece))
            {
                AddLiterals(piece[position..placeholder.Index]);
                EndLiterals();
                var name = placeholder.Groups["name"].Value;
                if (slotType(name) is not { } type)
                    return null;
                position = placeholder.Index + placeholder.Length;
                var suffix = "";
                var glued = GluedSuffixPattern().Match(piece, position);
                if (glued.Success)
                {
                    suffix = Tokenizer.SpellingOf(glued.Value);
                    position += glued.Length;
                }
                parts.Add(new SamplePart(null, -1, name, type, suffix, WordKind.Content));
            }
            AddLiterals(piece[position..]);
        }
        EndLiterals();
        return new Sample(intentName, text, order, parts.ToArray());
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)\}")]
    private static partial Regex PlaceholderPattern();

    // An apostrophe and the letters after it, right after a placeholder: "'s".
    [GeneratedRegex(@"\G['\u2019][\p{L}\p{M}]*")]
    private static partial Regex GluedSuffixPattern();
}

/// <summary>A literal word (its key, the key's number, its kind, and whether the sample writes it in hiragana) or a slot
/// placeholder (its name, type and glued suffix, apostrophe kept).</summary>
internal readonly record struct SamplePart(string? Literal, int WordId, string? SlotName, string? SlotType, string Suffix, WordKind Kind, bool Hiragana = false)
{
    /// <summary>The suffix as it appears in a word's key (apostrophes dropped): "'s" -> "s".</summary>
    public string SuffixKey => Suffix.Replace("'", "", StringComparison.Ordinal);
}
