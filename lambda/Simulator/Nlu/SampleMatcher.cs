namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Aligns an utterance's words with a sample's parts at the least cost (dynamic programming over sample parts x
/// words, so samples x utterance length, never exponential). A literal either equals the word in its place (a filler the
/// sample writes in hiragana is not said by a letter written in katakana: the エ of エクアドル is not the え of "ねえ"), is
/// swapped for another function word, or is left out; a word of the utterance either matches, is part of a slot's
/// value, or is extra. Leaving out or adding a word costs its <see cref="WordKind"/> weight (filler 0, function 1,
/// content 2; adding a word the intent's samples use costs 1), swapping a function word for another 1; a slot takes
/// one or more whole tokens and cannot be left out; a slot's glued suffix ("{country}'s") not said costs 1.
/// </summary>
internal sealed class SampleMatcher(UtteranceWords utterance, SlotSpans spans)
{
    // The table of the last alignment, reused: one matcher serves every sample of one utterance.
    private Cell[] _cells = [];

    /// <summary>The utterance this matcher aligns samples with.</summary>
    public UtteranceWords Utterance => utterance;

    /// <summary>The best alignment costing at most <paramref name="maxPenalty"/>, or null.</summary>
    /// <param name="resolvedSlotsOnly">Every slot value of a custom type must resolve to one of its values.</param>
    /// <param name="vocabulary">The literal words of every sample of the sample's intent: adding one of them costs
    /// as little as a function word, as a statistical model learns them as evidence for the intent.</param>
    /// <param name="extraWords">Which words may be added at no penalty, each counted in <see cref="MatchCost.Extra"/> (the
    /// extra-word rule of <see cref="NluEngine"/>); null allows none.</param>
    /// <param name="maxExtraWords">How many of them may be added.</param>
    public SampleMatch? Align(Sample sample, HashSet<int> vocabulary, int maxPenalty, bool resolvedSlotsOnly, bool[]? extraWords = null, int maxExtraWords = 0)
    {
        if (LeastPenalty(sample, utterance, vocabulary) > maxPenalty)
            return null;
        var parts = sample.Parts;
        var words = utterance.Words;
        var width = words.Length + 1;
        var size = (parts.Length + 1) * width;
        if (_cells.Length < size)
            _cells = new Cell[size];
        var cells = _cells;
        Array.Clear(cells, 0, size);
        cells[0] = new Cell(true, default, -1, null);

        for (var i = 0; i <= parts.Length; i++)
        {
            for (var j = 0; j < width; j++)
            {
                var here = i * width + j;
                var cell = cells[here];
                if (!cell.Reached)
                    continue;
                if (j < words.Length && extraWords is not null && IsExtraWord(sample, i, words[j], extraWords[j]) && cell.Cost.Extra < maxExtraWords)
                    Relax(cells, here + 1, cell.Cost + MatchCost.ExtraWord, here, null, maxPenalty);
                else if (j < words.Length)
                    Relax(cells, here + 1, cell.Cost + MatchCost.Edit(AddedCost(words[j], vocabulary)), here, null, maxPenalty);
                if (i == parts.Length)
                    continue;
                var part = parts[i];
                var next = here + width;
                if (part.SlotName is null)
                {
                    Relax(cells, next, cell.Cost + MatchCost.Edit((int)part.Kind), here, null, maxPenalty);
                    if (j < words.Length && words[j].Id == part.WordId && !(part.Hiragana && part.Kind == WordKind.Filler && words[j].Katakana))
                        Relax(cells, next + 1, cell.Cost + MatchCost.Literal, here, null, maxPenalty);
                    else if (j < words.Length && part.Kind == WordKind.Function && words[j].Kind == WordKind.Function)
                        Relax(cells, next + 1, cell.Cost + MatchCost.Edit((int)WordKind.Function), here, null, maxPenalty);
                    continue;
                }
                RelaxSlot(cells, spans.For(part), cell.Cost, here, next, j, width, maxPenalty, resolvedSlotsOnly);
                // A glued suffix the speaker did not say ("what's peru capital" for "what's peru's capital", as speech
                // recognition often writes it) is a near miss costing as much as a function word.
                if (part.Suffix.Length > 0)
                    RelaxSlot(cells, spans.For(part with { Suffix = "" }), cell.Cost + MatchCost.Edit((int)WordKind.Function), here, next, j, width, maxPenalty, resolvedSlotsOnly);
            }
        }

        var last = cells[size - 1];
        if (!last.Reached || (last.Cost.Matched == 0 && last.Cost.SlotWords == 0))
            return null;
        return new SampleMatch(sample, last.Cost, Captures(cells, size - 1, parts, width));
    }

    // An extra word may be added before part i, but an extra content word right before a slot's noun reads as its
    // modifier ("population capital of france") or, in Arabic, as the noun whose capital is meant ("سكان عاصمة فرنسا"),
    // and one after a slot's noun that ends the sample as a compound with it ("france capital population").
    // Nor is an unknown content word between two slots ("ولاية تيلانجانا الهندية"): it stands where a name would.
    private static bool IsExtraWord(Sample sample, int i, Word word, bool allowed) =>
        allowed && word.Kind != WordKind.Filler && !(word.Kind == WordKind.Content && (BindsToSlotNoun(sample, i) || BetweenSlots(sample, i)));

    private static bool BetweenSlots(Sample sample, int i) =>
        i > 0 && i < sample.Parts.Length && sample.Parts[i - 1].SlotName is not null && sample.Parts[i].SlotName is not null;

    // Fillers of the sample between do not count: the speaker may leave them out ("نسيت" in "نسيت عاصمة {country}").
    private static bool BindsToSlotNoun(Sample sample, int i)
    {
        var parts = sample.Parts;
        var next = i;
        while (next < parts.Length && parts[next].Kind == WordKind.Filler)
            next++;
        if (next < parts.Length)
            return sample.SlotNouns[next];
        var last = parts.Length - 1;
        while (last >= 0 && parts[last].Kind == WordKind.Filler)
            last--;
        return last >= 0 && sample.SlotNouns[last];
    }

    private static void RelaxSlot(Cell[] cells, SlotSpans.Table table, MatchCost cost, int here, int next, int j, int width, int maxPenalty, bool resolvedSlotsOnly)
    {
        for (var end = j + 1; end < width; end++)
        {
            var span = table.Get(j, end);
            // A slot of a built-in type (AMAZON.City) takes any words: the simulator has no list of its values.
            if (span is null || (resolvedSlotsOnly && span.Resolution is not null && !span.Resolves))
                continue;
            Relax(cells, next + (end - j), cost + MatchCost.Slot(span), here, span, maxPenalty);
        }
    }

    /// <summary>A cheap bound on the cost, to skip samples that cannot fit: every literal the utterance lacks costs
    /// at least its weight, and so does, in a sample without slots, every word the sample lacks.</summary>
    private static int LeastPenalty(Sample sample, UtteranceWords utterance, HashSet<int> vocabulary)
    {
        var missingLiterals = 0;
        foreach (var literal in sample.DistinctLiterals)
        {
            if (!utterance.Present[literal.WordId])
                missingLiterals += (int)literal.Kind;
        }
        if (sample.HasSlots)
            return missingLiterals;
        var extraWords = 0;
        foreach (var word in utterance.Words)
        {
            if (!sample.LiteralIds.Contains(word.Id))
                extraWords += AddedCost(word, vocabulary);
        }
        return Math.Max(missingLiterals, extraWords);
    }

    private static int AddedCost(Word word, HashSet<int> vocabulary) =>
        word.Kind == WordKind.Content && vocabulary.Contains(word.Id) ? (int)WordKind.Function : (int)word.Kind;

    private static void Relax(Cell[] cells, int target, MatchCost cost, int from, SlotSpan? span, int maxPenalty)
    {
        if (cost.Penalty > maxPenalty)
            return;
        var current = cells[target];
        if (!current.Reached || cost.CompareTo(current.Cost) < 0)
            cells[target] = new Cell(true, cost, from, span);
    }

    private static List<SlotCapture> Captures(Cell[] cells, int last, SamplePart[] parts, int width)
    {
        var captures = new List<SlotCapture>();
        for (var index = last; cells[index].From >= 0; index = cells[index].From)
        {
            if (cells[index].Span is { } span)
                captures.Add(new SlotCapture(parts[index / width - 1].SlotName!, span));
        }
        captures.Reverse();
        return captures;
    }

    private readonly record struct Cell(bool Reached, MatchCost Cost, int From, SlotSpan? Span);
}

/// <summary>How well a sample fits, best first: the smallest penalty, then the fewest extra words (only the extra-word rule
/// of <see cref="NluEngine"/> adds any), then the fewest slot values that do not resolve
/// (a value of a built-in type, which never resolves, counts as one), then the most literal words matched, then the fewest
/// words in slots. A known place beats a literal that takes one of its letters: in Japanese, where each character is a
/// word, "ねえ{country}" must not read "ねえエクアドル" as ねえ + エ and a place "クアドル" (the filler ね left out).</summary>
internal readonly record struct MatchCost(int Penalty, int Extra, int Unresolved, int Matched, int SlotWords) : IComparable<MatchCost>
{
    public static MatchCost Literal => new(0, 0, 0, 1, 0);

    public static MatchCost ExtraWord => new(0, 1, 0, 0, 0);

    public static MatchCost Edit(int weight) => new(weight, 0, 0, 0, 0);

    public static MatchCost Slot(SlotSpan span) => new(0, 0, span.Resolves ? 0 : 1, 0, span.WordCount);

    public static MatchCost operator +(MatchCost left, MatchCost right) => new(
        left.Penalty + right.Penalty, left.Extra + right.Extra, left.Unresolved + right.Unresolved, left.Matched + right.Matched, left.SlotWords + right.SlotWords);

    public int CompareTo(MatchCost other) =>
        Penalty != other.Penalty ? Penalty.CompareTo(other.Penalty)
        : Extra != other.Extra ? Extra.CompareTo(other.Extra)
        : Unresolved != other.Unresolved ? Unresolved.CompareTo(other.Unresolved)
        : Matched != other.Matched ? other.Matched.CompareTo(Matched)
        : SlotWords.CompareTo(other.SlotWords);

    public static bool operator <(MatchCost left, MatchCost right) => left.CompareTo(right) < 0;

    public static bool operator >(MatchCost left, MatchCost right) => left.CompareTo(right) > 0;

    public static bool operator <=(MatchCost left, MatchCost right) => left.CompareTo(right) <= 0;

    public static bool operator >=(MatchCost left, MatchCost right) => left.CompareTo(right) >= 0;
}

/// <summary>A sample that fits the utterance, how well, and what its slots took.</summary>
internal sealed record SampleMatch(Sample Sample, MatchCost Cost, IReadOnlyList<SlotCapture> Captures);

/// <summary>What one slot took from the utterance.</summary>
internal sealed record SlotCapture(string SlotName, SlotSpan Span);
