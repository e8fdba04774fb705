using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Self-corrections: a speaker abandons what they began and starts again, and the abandoned words carry no meaning
/// (they become fillers, free to leave out, as a statistical NLU learns to skip them). Two rules, both requiring the
/// restart to be visible in the words, so nothing is dropped on a guess:
/// <list type="bullet">
/// <item>A repair phrase of the language ("i mean", "no wait", "sorry": the lexicon's <c>repairs</c>) followed by a
/// word said before it: everything from that word's last earlier saying to the end of the repair phrase is abandoned
/// ("what's the capital city i mean the capital of nigeria" keeps "what's the capital of nigeria"). A function word
/// after the phrase that was not said before it takes the place of the last function word before it (German "die
/// hauptstadt der slowakei oder nein von slowenien" keeps "die hauptstadt von slowenien": the speaker restarts at the
/// preposition, in another case). Where a language contracts a preposition with the article of the name after it
/// (French "du", "des"; Italian "della", "dell'"; Portuguese "do", "das": the lexicon's <c>prepositionForms</c>), each
/// form of the preposition counts as the same word, since the restart takes the article of the new name ("la capitale
/// du koweït non pardon de la colombie" keeps "la capitale de la colombie"); the words a restart at a preposition said
/// again abandons are marked so (<see cref="Word.Abandoned"/>), and no slot value begins or ends with them ("corea del nord
/// no del sud" is no value "corea del nord"). A repair phrase whose next word is neither
/// changes nothing here (a place replaced by another is the last rule below). In a language without spaces, where each
/// character is a word, the restart says at least two of them again, and a particle is not a preposition to restart at.</item>
/// <item>A restart after a cut-off word, without a repair phrase: two or more words said again, the first saying's last
/// word a beginning (two letters or more) of the second's ("what is the cap the capital of peru").</item>
/// <item>A repair phrase said first, before the request, corrects what the assistant did, not the request: it is a
/// filler ("no stop", "nah cancel"); said alone ("no") it stays a word.</item>
/// <item>A value replaced by another (<see cref="MarkReplacedValues"/>): two runs of words that are each a value of the
/// same slot type, with only repair phrases and filler words between them, and at least one repair phrase ("gambia i
/// mean zambia", "denmark er norway", "paraguay um no uruguay"): the first run and the repair are abandoned, and the
/// slot takes the second. Hesitations ("um", "er") are repair phrases of the lexicon for this. Without a repair
/// phrase between them ("korea japan", "france and spain") both stay, and nothing is guessed. Where the language puts
/// the noun after the place, the words after the first value may be said again after the second ("チリのいやアルゼンチンの",
/// "インドの首都間違えたパキスタンの首都"), or, in a language without spaces, left out ("ラトビアの首都いやリトアニアだ"): the
/// first value, those words and the repair are abandoned. Where only the last words of a value are replaced, said alone
/// after the repair (Arabic "كوريا الجنوبية لا الشمالية", "korea the southern, no, the northern"), the value's first words
/// and the new ones make the other value (<see cref="ReplacedEnding"/>): the replaced words and the repair are
/// abandoned.</item>
/// <item>A value negated (<see cref="MarkNegatedValues"/>): a value, a negation of the lexicon ("not": <c>negations</c>) and a
/// value of the same type right after it, with only repair phrases and fillers between them: the negated value and the
/// negation are abandoned, and so is the value before when it is the one negated ("croatia not croatia serbia", "peru no not
/// peru chile" keep the place after; "austria not australia" keeps "austria"). The value must come first: in "isn't kenya's
/// capital nairobi" no value is negated. A negation inside a repair phrase of the lexicon negates what was said, not the
/// value after it (Arabic "مو هي", "not that one": "لاتفيا لا مو هي ليتوانيا" replaces Latvia by Lithuania).</item>
/// <item>In a language whose prepositions follow the noun (Hindi "X की राजधानी", "the capital of X": the lexicon's
/// <c>postpositions</c>), a speaker restarts after the postposition, not before it: a value said with its postposition
/// and replaced by another said with the same one (or alone, last), with at most <see cref="MaxWordsBeforeRepair"/> words
/// and a repair phrase between them, abandons everything from the first value to the end of the repair ("कोलंबिया की
/// राजधानी ओह सॉरी कंबोडिया की" keeps "कंबोडिया की"; "स्लोवाकिया की नहीं स्लोवेनिया की राजधानी" keeps "स्लोवेनिया की
/// राजधानी"; "जापान की राजधानी क्या है मेरा मतलब चीन" keeps "चीन"); and
/// the words after a postposition that a repair phrase replaces by a word of the samples not said before are abandoned
/// with the repair ("प्यूर्टो रिको की मेन सिटी यानी राजधानी" keeps "प्यूर्टो रिको की राजधानी").</item>
/// </list>
/// </summary>
/// <param name="hiraganaWritten">The phrases (their keys joined by spaces) the lexicon writes with hiragana: Japanese writes
/// its repair phrases so and foreign names in katakana, which fold to the same keys, so such a phrase is not said where a
/// letter of it is written in katakana (the ア of "サモア" is not the あ of "あいや").</param>
internal sealed class SpeechRepairs(IReadOnlyList<string[]> phrases, IReadOnlyList<string[]>? prepositionForms = null, IReadOnlySet<string>? hiraganaWritten = null)
{
    public static SpeechRepairs None { get; } = new([]);

    /// <summary>The language's postpositions, as keys (variants expanded): see the last rule above. Empty where the
    /// language puts its prepositions before the noun.</summary>
    public IReadOnlySet<string> Postpositions { get; init; } = new HashSet<string>();

    /// <summary>The language's negation words, as keys: see the value-negation rule above. Empty where none is listed.</summary>
    public IReadOnlySet<string> Negations { get; init; } = new HashSet<string>();

    /// <summary>The negation words a language says after what they negate, closing the utterance (Hindi "नहीं":
    /// "सूडान की राजधानी बताओ दक्षिण सूडान की नहीं"), as keys: a value said last with its postposition and such a
    /// negation, after another value of the same type, is abandoned with the negation (<see cref="MarkTrailingNegatedValue"/>).</summary>
    public IReadOnlySet<string> TrailingNegations { get; init; } = new HashSet<string>();

    /// <summary>The most words a speaker says after a postposition before a repair phrase that replaces them.</summary>
    private const int MaxWordsBeforeRepair = 3;

    // Each form of a preposition (by key) to its first form: the word a restart is compared by.
    private readonly Dictionary<string, string> _prepositions = (prepositionForms ?? [])
        .SelectMany(forms => forms.Select(form => (form, first: forms[0])))
        .GroupBy(pair => pair.form, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().first, StringComparer.Ordinal);

    /// <summary>Each phrase as its words' keys (variants expanded).</summary>
    public IReadOnlyList<string[]> Phrases { get; } = phrases;

    // The phrases written with hiragana, by reference: SaidAt asks for each phrase at each position.
    private readonly HashSet<string[]> _hiraganaPhrases = new(
        phrases.Where(phrase => hiraganaWritten?.Contains(string.Join(' ', phrase)) == true), ReferenceEqualityComparer.Instance);

    /// <summary>Where the words after the last repair phrase said inside the words <paramref name="start"/> to
    /// <paramref name="end"/> (exclusive) begin ("bayern" in "tirol naa bayern"), or -1 when no phrase is said there after
    /// the first token, in whole tokens, with a word after it.</summary>
    public int AfterLastRepair(Word[] words, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var at = end - 2; at > start; at--)
        {
            if (!words[at].StartsToken || words[at].Token == words[start].Token)
                continue;
            foreach (var phrase in Phrases)
            {
                var after = at + phrase.Length;
                if (after < end && words[after].StartsToken && SaidAt(words, phrase, at))
                    return after;
            }
        }
        return -1;
    }

    /// <summary>Marks the abandoned words of <paramref name="words"/> as fillers.</summary>
    public void MarkAbandoned(Word[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var phrase in Phrases)
        {
            if (phrase.Length < words.Length && SaidAt(words, phrase, 0))
                MarkFillers(words, 0, phrase.Length);
            for (var start = 1; start + phrase.Length < words.Length; start++)
            {
                if (!SaidAt(words, phrase, start))
                    continue;
                var at = start + phrase.Length;
                var spaceless = IsSpaceless(words[at]);
                var from = RestartFrom(words, start, at, spaceless ? MinSpacelessRestart : 1);
                // A restart at a preposition said again ("corea del nord no del sud") abandons words of a name
                // (Word.Abandoned); a restart at another word only marks fillers, as a misread repair ("la capital de
                // turquía no es estambul", "y no la supe") must keep the place before it.
                if (from >= 0 && !spaceless && _prepositions.ContainsKey(words[at].Key))
                {
                    MarkFillers(words, from, at, abandoned: true);
                    continue;
                }
                if (from < 0 && !spaceless && words[at].Kind == WordKind.Function)
                    from = Array.FindLastIndex(words, start - 1, start, word => word.Kind == WordKind.Function);
                if (from < 0 && words[at] is { Kind: WordKind.Content, Id: >= 0 })
                    from = AfterPostposition(words, start);
                if (from >= 0)
                    MarkFillers(words, from, at);
            }
        }
        MarkCutOffRestarts(words);
    }

    /// <summary>The first of the content words said right after a postposition and before <paramref name="repair"/>
    /// (at most <see cref="MaxWordsBeforeRepair"/>), or -1.</summary>
    private int AfterPostposition(Word[] words, int repair)
    {
        if (Postpositions.Count == 0)
            return -1;
        for (var first = repair - 1; first >= 1 && repair - first <= MaxWordsBeforeRepair; first--)
        {
            if (words[first].Kind != WordKind.Content)
                return -1;
            if (Postpositions.Contains(words[first - 1].Key))
                return first;
        }
        return -1;
    }

    /// <summary>In a language without spaces each character is a word: a restart must say at least this many of them again
    /// ("スロバキアの首都ごめんスロベニア" does not restart at the ス inside "フランス").</summary>
    private const int MinSpacelessRestart = 2;

    // The last position before the repair phrase (at start) where the words from 'at' on were said, 'length' of them.
    private int RestartFrom(Word[] words, int start, int at, int length)
    {
        if (at + length > words.Length)
            return -1;
        for (var from = start - length; from >= 0; from--)
        {
            if (SameWordKey(words[from].Key) == SameWordKey(words[at].Key) && SameWords(words, from + 1, at + 1, length - 1))
                return from;
        }
        return -1;
    }

    private static bool IsSpaceless(Word word) => word.Key.Length > 0 && TextFolding.IsSpacelessScript(word.Key[0]);

    // The most words a value ending with this word may have: characters count in a script written without spaces.
    private static int MaxValueLengthEndingWith(Word last) => IsSpaceless(last) ? MaxValueCharacters : MaxValueWords;

    /// <summary>The most words a value replaced by another, or its replacement, is looked for in; in a language without
    /// spaces, where each character is a word, the most characters.</summary>
    private const int MaxValueWords = 6;

    private const int MaxValueCharacters = 24;

    /// <summary>The most words said between a replaced value and the repair, in a language that puts the noun after the
    /// place: words the speaker says again after the replacement ("インドの首都、間違えた、パキスタンの首都": の首都 said
    /// again) or, in a language without spaces, leaves out ("ニジェールの首都って、ごめん、ナイジェリアの方": five
    /// characters).</summary>
    private const int MaxTailBeforeRepair = 5;

    /// <summary>Marks a value the speaker replaced, and the repair after it, as fillers (the last rule above).</summary>
    /// <param name="runKey">The key of the words <c>start</c> to <c>end</c> (exclusive) as a slot value, or null when
    /// they do not begin and end on whole tokens.</param>
    /// <param name="sameTypeValues">Whether two keys are both values of one slot type.</param>
    public void MarkReplacedValues(Word[] words, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(runKey);
        ArgumentNullException.ThrowIfNull(sameTypeValues);
        var repair = RepairWords(words);
        bool InGap(int index) => repair[index] || words[index].Kind == WordKind.Filler;
        MarkNegatedValues(words, repair, InGap, runKey, sameTypeValues);
        MarkTrailingNegatedValue(words, runKey, sameTypeValues);
        MarkTrailingRepair(words, repair, InGap, runKey, sameTypeValues);
        for (var gap = 1; gap < words.Length; gap++)
        {
            if (InGap(gap - 1) || !InGap(gap))
                continue;
            var after = gap;
            var repaired = false;
            for (; after < words.Length && InGap(after); after++)
                repaired |= repair[after];
            if (repaired && after < words.Length)
            {
                if ((ReplacedFrom(words, gap, after, runKey, sameTypeValues) ?? ReplacedBeforePostposition(words, gap, after, runKey, sameTypeValues)) is { } from)
                    MarkFillers(words, from, after);
                else if (ReplacedEnding(words, gap, after, runKey, sameTypeValues) is { } ending)
                    MarkFillers(words, ending, after, abandoned: true);
            }
            gap = after;
        }
    }

    /// <summary>Marks a repair phrase said last (only fillers after it) as a filler, with the value it corrects, when it
    /// follows two values of the same type with only fillers or repair phrases between them, none at all included
    /// ("peru chili bedoel ik", "georgië armenië bedoel ik": the marker stands after the place it puts in). A trailing
    /// repair phrase after one value, or after anything else, stays a word.</summary>
    private static void MarkTrailingRepair(Word[] words, bool[] repair, Func<int, bool> inGap, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        var end = words.Length;
        while (end > 0 && words[end - 1].Kind == WordKind.Filler)
            end--;
        // A repair word inside a filler phrase is no marker (Arabic "صح ولا غلط", "right or wrong", closing a question).
        var repairStart = end;
        while (repairStart > 0 && repair[repairStart - 1] && words[repairStart - 1].Kind != WordKind.Filler)
            repairStart--;
        if (repairStart == end || repairStart == 0)
            return;
        var valueEnd = repairStart;
        while (valueEnd > 0 && words[valueEnd - 1].Kind == WordKind.Filler)
            valueEnd--;
        if (valueEnd == 0)
            return;
        var limit = MaxValueLengthEndingWith(words[valueEnd - 1]);
        for (var second = Math.Max(1, valueEnd - limit); second < valueEnd; second++)
        {
            if (runKey(second, valueEnd) is not { } replacement)
                continue;
            var firstEnd = second;
            while (firstEnd > 0 && inGap(firstEnd - 1))
                firstEnd--;
            for (var first = Math.Max(0, firstEnd - limit); first < firstEnd; first++)
            {
                if (runKey(first, firstEnd) is { } replaced && sameTypeValues(replaced, replacement))
                {
                    MarkFillers(words, first, second);
                    MarkFillers(words, repairStart, end);
                    return;
                }
            }
        }
    }

    /// <summary>Marks a negated value, its negation, and the same value said right before it, as fillers (the rule above).</summary>
    private void MarkNegatedValues(Word[] words, bool[] repair, Func<int, bool> inGap, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        for (var negation = 1; negation + 1 < words.Length; negation++)
        {
            if (!Negations.Contains(words[negation].Key) || repair[negation])
                continue;
            var valueEnd = negation;
            while (valueEnd > 0 && (inGap(valueEnd - 1) || (valueEnd == negation && words[valueEnd - 1].Kind == WordKind.Function)))
                valueEnd--;
            // One function word may join the negation to either value ("niger en niet nigeria", "oostenrijk niet van australië").
            var after = negation + 1 < words.Length - 1 && words[negation + 1].Kind == WordKind.Function ? negation + 2 : negation + 1;
            if ((NegatedRun(words, valueEnd, negation + 1, runKey, sameTypeValues) ?? NegatedRun(words, valueEnd, after, runKey, sameTypeValues)) is not { } negated)
                continue;
            MarkFillers(words, negated.Same ? negated.From : negation, negated.End);
            negation = negated.End - 1;
        }
    }

    /// <summary>Marks a value said last with a trailing negation, and the negation, as fillers when a value of the same
    /// type was said before it ("X की राजधानी बताओ, Y की नहीं" keeps X).</summary>
    private void MarkTrailingNegatedValue(Word[] words, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        var negation = words.Length - 1;
        while (negation > 0 && words[negation].Kind == WordKind.Filler && !TrailingNegations.Contains(words[negation].Key))
            negation--;
        if (negation < 2 || !TrailingNegations.Contains(words[negation].Key))
            return;
        // The value ends right before the negation or one word before it (a postposition, "वाली": "दक्षिण सूडान वाली नहीं").
        for (var valueEnd = negation; valueEnd >= negation - 1; valueEnd--)
        {
            for (var from = Math.Max(0, valueEnd - MaxValueWords); from < valueEnd; from++)
            {
                if (runKey(from, valueEnd) is not { } negated || !sameTypeValues(negated, negated))
                    continue;
                if (SaidBefore(from, runKey, value => sameTypeValues(value, negated)))
                    MarkFillers(words, from, negation + 1);
                return;
            }
        }
    }

    // Whether a value run ends at or before 'end' that the test accepts.
    private static bool SaidBefore(int end, Func<int, int, string?> runKey, Func<string, bool> accepts)
    {
        for (var last = end; last > 0; last--)
        {
            for (var first = Math.Max(0, last - MaxValueWords); first < last; first++)
            {
                if (runKey(first, last) is { } value && accepts(value))
                    return true;
            }
        }
        return false;
    }

    // The value run said right after the negation (from 'after') that shares a type with a value run ending at 'valueEnd',
    // the longest of each; Same when both are the same value.
    private static (int From, int End, bool Same)? NegatedRun(Word[] words, int valueEnd, int after, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        for (var from = Math.Max(0, valueEnd - MaxValueWords); from < valueEnd; from++)
        {
            if (runKey(from, valueEnd) is not { } before)
                continue;
            for (var end = Math.Min(words.Length, after + MaxValueWords); end > after; end--)
            {
                if (runKey(after, end) is { } negated && sameTypeValues(before, negated))
                    return (from, end, before == negated);
            }
        }
        return null;
    }

    // The start of the longest value run ending at the gap that shares a type with a value run starting after it; or,
    // with a tail of words between the first value and the gap, one the replacement is followed by too. In a language
    // without spaces the replacement may also be said without the tail: the speaker restarts with the place alone
    // ("ラトビアの首都いやリトアニアだ" keeps "リトアニアだ"), and the tail is abandoned with the value it followed.
    private static int? ReplacedFrom(Word[] words, int gap, int after, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        for (var tail = 0; tail <= MaxTailBeforeRepair && tail < gap; tail++)
        {
            var valueEnd = gap - tail;
            var limit = MaxValueLengthEndingWith(words[valueEnd - 1]);
            var tailOptional = tail > 0 && IsSpaceless(words[valueEnd - 1]);
            for (var from = Math.Max(0, valueEnd - limit); from < valueEnd; from++)
            {
                if (runKey(from, valueEnd) is not { } replaced)
                    continue;
                for (var end = Math.Min(words.Length - (tailOptional ? 0 : tail), after + limit); end > after; end--)
                {
                    if ((tailOptional || SameWords(words, valueEnd, end, tail)) && runKey(after, end) is { } replacement && sameTypeValues(replaced, replacement))
                        return from;
                }
            }
        }
        return null;
    }

    // Where the replaced words begin when the speaker replaces only the last words of a value, saying the new ones alone
    // after the repair (Arabic "كوريا الجنوبية لا الشمالية", "korea the southern, no, the northern"): the value's first
    // words and the words after the gap make another value of the same type. The replaced words and the repair are
    // abandoned, so the slot reads the value's first words with the new ones (SlotSpans leaves abandoned words out). Not in a
    // language without spaces, where a character is a word and a value's first characters are too easily another's.
    private static int? ReplacedEnding(Word[] words, int gap, int after, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        if (IsSpaceless(words[gap - 1]))
            return null;
        // The runs said after the gap, longest first: the same for every replaced value tried.
        var saidRuns = new List<string>();
        for (var end = Math.Min(words.Length, after + MaxValueWords); end > after; end--)
        {
            if (runKey(after, end) is { } said)
                saidRuns.Add(said);
        }
        for (var from = Math.Max(0, gap - MaxValueWords); from < gap - 1; from++)
        {
            if (runKey(from, gap) is not { } replaced)
                continue;
            for (var ending = gap - 1; ending > from; ending--)
            {
                if (runKey(from, ending) is { } kept
                    && saidRuns.Select(said => $"{kept} {said}").Any(value => value != replaced && sameTypeValues(replaced, value)))
                {
                    return ending;
                }
            }
        }
        return null;
    }

    // The start of a value said with a postposition before the gap (at most MaxWordsBeforeRepair words before it) that a
    // value of the same type said with the same postposition after the gap replaces (the last rule above).
    private int? ReplacedBeforePostposition(Word[] words, int gap, int after, Func<int, int, string?> runKey, Func<string, string, bool> sameTypeValues)
    {
        if (Postpositions.Count == 0)
            return null;
        for (var end = after + 1; end <= words.Length && end <= after + MaxValueWords; end++)
        {
            // The replacement is said with the same postposition, or last, alone ("... क्या है मेरा मतलब चीन").
            var said = end < words.Length ? words[end].Key : null;
            if ((said is not null && !Postpositions.Contains(said)) || runKey(after, end) is not { } replacement)
                continue;
            for (var postposition = gap - 1; postposition >= 1 && gap - 1 - postposition <= MaxWordsBeforeRepair; postposition--)
            {
                if (!Postpositions.Contains(words[postposition].Key) || (said is not null && words[postposition].Key != said))
                    continue;
                for (var from = Math.Max(0, postposition - MaxValueWords); from < postposition; from++)
                {
                    if (runKey(from, postposition) is { } replaced && sameTypeValues(replaced, replacement))
                        return from;
                }
            }
        }
        return null;
    }

    private static bool SameWords(Word[] words, int first, int second, int length)
    {
        for (var offset = 0; offset < length; offset++)
        {
            if (words[first + offset].Key != words[second + offset].Key)
                return false;
        }
        return true;
    }

    private bool[] RepairWords(Word[] words)
    {
        var repair = new bool[words.Length];
        foreach (var phrase in Phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (SaidAt(words, phrase, start))
                    Array.Fill(repair, true, start, phrase.Length);
            }
        }
        return repair;
    }

    private string SameWordKey(string key) => _prepositions.GetValueOrDefault(key, key);

    private const int MinCutOffLength = 2;

    private static void MarkCutOffRestarts(Word[] words)
    {
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 2; start + 2 * length <= words.Length; length++)
            {
                if (IsCutOffRestart(words, start, length))
                {
                    MarkFillers(words, start, start + length);
                    break;
                }
            }
        }
    }

    private static bool IsCutOffRestart(Word[] words, int start, int length)
    {
        for (var offset = 0; offset < length - 1; offset++)
        {
            if (words[start + offset].Key != words[start + length + offset].Key)
                return false;
        }
        var (cut, whole) = (words[start + length - 1].Key, words[start + 2 * length - 1].Key);
        return cut.Length >= MinCutOffLength && cut.Length < whole.Length && whole.StartsWith(cut, StringComparison.Ordinal);
    }

    private bool SaidAt(Word[] words, string[] phrase, int start)
    {
        var hiragana = _hiraganaPhrases.Contains(phrase);
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i].Key != phrase[i] || (hiragana && words[start + i].Katakana))
                return false;
        }
        return true;
    }

    private static void MarkFillers(Word[] words, int from, int to, bool abandoned = false)
    {
        for (var index = from; index < to; index++)
            words[index] = words[index] with { Kind = WordKind.Filler, Abandoned = abandoned || words[index].Abandoned };
    }
}
