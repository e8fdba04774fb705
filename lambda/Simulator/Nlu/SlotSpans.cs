using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// The values a slot can take from one utterance: each run of whole tokens, as typed, with its entity
/// resolution, computed once per utterance and slot type whichever samples ask for it.
/// </summary>
internal sealed class SlotSpans(UtteranceWords utterance, EntityResolver resolver, NluLexicon lexicon)
{
    private readonly Dictionary<(string Type, string Suffix), Table> _tables = [];
    private readonly string[] _tokenKeys = [.. utterance.Tokens.Select(token => token.Key)];

    /// <summary>The spans of one slot type and suffix, computed as they are asked for.</summary>
    public Table For(SamplePart slot)
    {
        var key = (slot.SlotType!, slot.Suffix);
        if (!_tables.TryGetValue(key, out var table))
            _tables[key] = table = new Table(this, slot, utterance.Words.Length + 1);
        return table;
    }

    private const string PossessiveSuffix = "'s";

    private SlotSpan? Compute(SamplePart slot, int start, int end)
    {
        if (!utterance.SpansWholeTokens(start, end))
            return null;
        var words = utterance.Words;
        var (first, last) = (words[start], words[end - 1]);
        var tokens = utterance.Tokens;
        var lastToken = tokens[last.Token];
        var (suffixLength, suffixKeyLength) = (slot.Suffix.Length, slot.SuffixKey.Length);
        var typedWithoutApostrophe = false;
        if (suffixLength > 0)
        {
            // The glued suffix must be written as such ("france's"): "bahamas" is not "bahama" + "'s". A plural's
            // bare possessive apostrophe ("the bahamas'") stands for "'s", and so does a plain "s" typed without the
            // apostrophe when the name without it resolves (below).
            var spelling = Tokenizer.SpellingOf(lastToken.Text);
            if (slot.Suffix == PossessiveSuffix && spelling.Length > 2 && spelling.EndsWith("s'", StringComparison.Ordinal))
                (suffixLength, suffixKeyLength) = (1, 0);
            else if (slot.Suffix == PossessiveSuffix && spelling.Length > 2 && spelling.EndsWith('s') && !spelling.Contains('\''))
                (suffixLength, suffixKeyLength, typedWithoutApostrophe) = (1, 1, true);
            else if (spelling.Length <= suffixLength || !spelling.EndsWith(slot.Suffix, StringComparison.Ordinal))
                return null;
        }
        // A value neither begins nor ends with words the speaker abandoned (SpeechRepairs), though they may name a place as
        // typed: "corea del nord" in "capitale della corea del nord no del sud" is the name the repair replaced.
        if (first.Abandoned || last.Abandoned)
            return null;
        var value = utterance.Text[tokens[first.Token].Start..(lastToken.End - suffixLength)];
        var keys = new List<string>(last.Token - first.Token + 1);
        for (var i = first.Token; i <= last.Token; i++)
            keys.Add(tokens[i].Key);
        keys[^1] = keys[^1][..^suffixKeyLength];
        var key = string.Join(' ', keys);
        var resolution = resolver.Resolve(slot.SlotType!, key);
        // Inside a value, the abandoned words are left out when what remains resolves ("corea del sud"); its text stays
        // as said.
        if (resolution is not { IsMatch: true } && WithoutAbandonedTokens(keys, first.Token) is { } kept
            && resolver.Resolve(slot.SlotType!, kept) is { IsMatch: true } keptResolution)
        {
            (key, resolution) = (kept, keptResolution);
        }
        // A possessive typed without its apostrophe ("norways capital") only where the name without the "s" resolves:
        // "bahamas" stays "bahamas".
        if (typedWithoutApostrophe && resolution is not { IsMatch: true })
            return null;
        if ((first.Kind == WordKind.Filler || last.Kind == WordKind.Filler) && resolution is not { IsMatch: true })
            return null;
        if (resolution is not { IsMatch: true } && lexicon.NeverBeginsAPlace(keys, placeSlot: resolution is not null))
        {
            // A not-place the speaker repairs is the place said after the repair: "tirol naa bayern" is "bayern".
            if (resolution is null || RepairedPlace(slot, keys, start, end) is not { } repaired)
                return null;
            (key, resolution) = repaired;
        }
        // A place said inside a not-place of several words is that not-place's ("amerika" of "zuid-amerika").
        if (resolution is { IsMatch: true } && lexicon.IsInsideNotPlace(_tokenKeys, first.Token, last.Token + 1))
            return null;
        // "X or Y" in a custom slot is a choice between two values, not one value (NluLexicon.Alternatives).
        if (resolution is { IsMatch: false } && keys.Any(key => lexicon.Alternatives.Contains(lexicon.Expand(key)[0])))
            return null;
        // A value of a built-in type (AMAZON.City), which takes any words, is a name: it does not begin with a word that
        // begins a question ("how old is the capital of france" is not a check of a city "how old"), nor with a
        // postposition, which follows its noun ("भारत की राजधानी में मौसम कैसा है" checks no city "में मौसम कैसा").
        if (resolution is null && (lexicon.QuestionWords.Contains(lexicon.Expand(keys[0])[0]) || lexicon.Repairs.Postpositions.Contains(lexicon.Expand(keys[0])[0])))
            return null;
        // In a language without spaces a particle is a word of its own: an unknown value does not begin or end with one
        // ("首都圏は" is not "首都" and a place "圏は"), but it may begin or end with a katakana letter of the same sound.
        if ((IsParticle(first, tokens) || IsParticle(last, tokens)) && resolution is not { IsMatch: true })
            return null;
        return new SlotSpan(value, key, keys.Count, resolution, first.Token);
    }

    // The key and resolution of the words after the last repair phrase of the value (words start to end, its tokens'
    // keys), when they resolve.
    private (string Key, SlotResolution Resolution)? RepairedPlace(SamplePart slot, List<string> keys, int start, int end)
    {
        var words = utterance.Words;
        var after = lexicon.Repairs.AfterLastRepair(words, start, end);
        if (after < 0)
            return null;
        var repairedKey = string.Join(' ', keys.Skip(words[after].Token - words[start].Token));
        return resolver.Resolve(slot.SlotType!, repairedKey) is { IsMatch: true } repaired ? (repairedKey, repaired) : null;
    }

    // The key of the tokens' keys without the abandoned tokens, or null when none is abandoned.
    private string? WithoutAbandonedTokens(List<string> keys, int firstToken)
    {
        if (!utterance.AbandonedTokens.AsSpan(firstToken, keys.Count).Contains(true))
            return null;
        var kept = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!utterance.AbandonedTokens[firstToken + i])
                kept.Add(keys[i]);
        }
        return string.Join(' ', kept);
    }

    // Japanese writes its particles in hiragana: the same sound in katakana is a letter of a name (ト in トルコ, ニ in
    // シドニー), though both fold to one key.
    private static bool IsParticle(Word word, IReadOnlyList<Token> tokens) =>
        word.Kind == WordKind.Function && TextFolding.IsHiragana(tokens[word.Token].Text[0]);

    internal sealed class Table(SlotSpans owner, SamplePart slot, int width)
    {
        private readonly SlotSpan?[] _spans = new SlotSpan?[width * width];
        private readonly bool[] _computed = new bool[width * width];

        /// <summary>The value words <paramref name="start"/> to <paramref name="end"/> (exclusive) give the slot, or
        /// null when they cannot be one: a span that cuts a token or a joined run, lacks the glued suffix, or begins or ends with a
        /// filler word without resolving as it is ("france please" is "france"), or begins with a request verb of the
        /// language without resolving ("spell capital" is not a question about a place "spell") or with a noun that
        /// names no place ("the capital of fashion").</summary>
        public SlotSpan? Get(int start, int end)
        {
            var index = start * width + end;
            if (!_computed[index])
            {
                _spans[index] = owner.Compute(slot, start, end);
                _computed[index] = true;
            }
            return _spans[index];
        }
    }
}

/// <summary>What a slot would take from the utterance: the text as typed, its comparable key (its tokens' keys joined by
/// spaces), how many tokens, its resolution (null for a type that is not one of the model's custom types), and the
/// utterance's token it begins with.</summary>
internal sealed record SlotSpan(string Value, string Key, int WordCount, SlotResolution? Resolution, int FirstToken)
{
    public bool Resolves => Resolution is { IsMatch: true };
}
