using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// An utterance prepared for matching: its tokens as typed, and its words as the matcher compares them, each
/// token's key replaced by the words of its variant ("whats" -> "what", "is") and classified by the lexicon.
/// </summary>
internal sealed class UtteranceWords
{
    private readonly NluLexicon _lexicon;

    /// <param name="wordIds">The number of every word the samples use (<see cref="SamplePart.WordId"/>).</param>
    /// <param name="sameTypeValues">Whether two keys are both values of one slot type, to read a value replaced by another
    /// (<see cref="SpeechRepairs.MarkReplacedValues"/>); null reads none.</param>
    public UtteranceWords(IReadOnlyList<Token> tokens, string text, NluLexicon lexicon, IReadOnlyDictionary<string, int> wordIds, Func<string, string, bool>? sameTypeValues = null)
    {
        _lexicon = lexicon;
        Tokens = tokens;
        Text = text;
        var words = new List<Word>(tokens.Count);
        for (var index = 0; index < tokens.Count; index++)
        {
            var expansion = lexicon.Expand(tokens[index].Key);
            var katakana = IsKatakana(tokens[index]);
            for (var part = 0; part < expansion.Count; part++)
            {
                var key = expansion[part];
                var kind = lexicon.KindAsSaid(key, katakana);
                words.Add(new Word(key, wordIds.TryGetValue(key, out var id) ? id : -1, kind, index, part == 0, part == expansion.Count - 1, katakana));
            }
        }
        MarkFillerPhrases(words, lexicon.FillerPhrasesByFirstWord, SaidAsFiller);
        MarkReportedAsk(words, lexicon.ReportedAsks, Said);
        MarkSentenceEndings(words, lexicon.SentenceEndingsByLastWord, Said);
        MarkOtherSenses(words, lexicon.OtherSenses);
        MarkModifiedSenses(words, lexicon.SenseModifiers);
        Words = words.ToArray();
        MarkRepeatsAsFillers(Words);
        lexicon.Repairs.MarkAbandoned(Words);
        if (sameTypeValues is not null)
            lexicon.Repairs.MarkReplacedValues(Words, RunKey, sameTypeValues);
        AbandonedTokens = new bool[tokens.Count];
        foreach (var word in Words)
            AbandonedTokens[word.Token] = word.Abandoned && (word.StartsToken || AbandonedTokens[word.Token]);
        Present = new bool[wordIds.Count];
        foreach (var word in words.Where(word => word.Id >= 0))
            Present[word.Id] = true;
    }

    /// <summary>Whether the words <paramref name="start"/> to <paramref name="end"/> (exclusive) can be a slot value: they
    /// begin and end with whole tokens and cut no run joined to several words (<see cref="Tokenizer.CutsJoinedRun"/>).</summary>
    public bool SpansWholeTokens(int start, int end)
    {
        var (first, last) = (Words[start], Words[end - 1]);
        return first.StartsToken && last.EndsToken && !Tokenizer.CutsJoinedRun(Tokens, first.Token, last.Token);
    }

    // The words start to end (exclusive) as a slot value's key, as SlotSpans makes it.
    private string? RunKey(int start, int end)
    {
        if (!SpansWholeTokens(start, end))
            return null;
        var (first, last) = (Words[start], Words[end - 1]);
        return string.Join(' ', Enumerable.Range(first.Token, last.Token - first.Token + 1).Select(index => Tokens[index].Key));
    }

    /// <summary>The longest run of words whose immediate repetition is read as a false start.</summary>
    private const int MaxRepeatedRun = 4;

    // Japanese writes its interjections, particles and endings in hiragana and foreign names in katakana, and both fold to
    // one key: a word of the lexicon written in hiragana is not that word where the utterance has it in katakana (the ア
    // and の of "ポリネシアの" are not "あの", the エ of "エジプト" is not "えー", the ニ of "ケニア" is not the particle に).
    internal static bool IsKatakana(Token token) => token.Text.Length > 0 && TextFolding.IsKatakanaLetter(token.Text[0]);

    // Whether the words from 'start' on are the phrase, as said: none written in katakana where the phrase has hiragana.
    private bool Said(List<Word> words, int start, string[] phrase)
    {
        var katakana = false;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i].Key != phrase[i])
                return false;
            katakana |= words[start + i].Katakana;
        }
        return !(katakana && _lexicon.IsHiraganaWord(string.Join(' ', phrase)));
    }

    // Whether the words from 'start' on are the filler phrase, as said. No Japanese word begins with ん: a filler that does
    // is a clipped word said first ("んで" for そんで, "んだば"), never the end of a word written right before it (なんで, 読んで).
    private bool SaidAsFiller(List<Word> words, int start, string[] phrase) =>
        Said(words, start, phrase) && !(BeginsWithN(Tokens[words[start].Token]) && LetterRightBefore(Tokens[words[start].Token]));

    private static bool BeginsWithN(Token token) => token.Text.Length > 0 && token.Text[0] == 'ん';

    private bool LetterRightBefore(Token token) => token.Start > 0 && char.IsLetter(Text[token.Start - 1]);

    // Every word of a filler phrase said in full is a filler ("あの" before "ベルギー").
    private static void MarkFillerPhrases(List<Word> words, PhraseIndex phrases, Func<List<Word>, int, string[], bool> said)
    {
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var phrase in phrases.FiledBy(words[start].Key))
            {
                if (start + phrase.Length > words.Count || !said(words, start, phrase))
                    continue;
                for (var i = 0; i < phrase.Length; i++)
                    words[start + i] = words[start + i] with { Kind = WordKind.Filler };
            }
        }
    }

    /// <summary>The most words an asker is said in before a reported ask ("हमारे हिंदी वाले टीचर" + "ने पूछा").</summary>
    internal const int MaxAskerWords = 4;

    // Whoever asks and the verb that reports the asking are fillers when the request follows them ("मेरा भाई पूछ रहा है
    // कि" before "पेरू की राजधानी क्या है"): the earliest reporting verb after one to MaxAskerWords words.
    private static void MarkReportedAsk(List<Word> words, IReadOnlyList<string[]> asks, Func<List<Word>, int, string[], bool> said)
    {
        for (var start = 1; start <= MaxAskerWords && start < words.Count; start++)
        {
            var ask = asks.FirstOrDefault(phrase => start + phrase.Length < words.Count && said(words, start, phrase));
            if (ask is null)
                continue;
            for (var index = 0; index < start + ask.Length; index++)
                words[index] = words[index] with { Kind = WordKind.Filler };
            return;
        }
    }

    // A word in another sense ("capital" in "capital punishment") is not the word the samples use: it matches no literal.
    private static void MarkOtherSenses(List<Word> words, IReadOnlyDictionary<string, IReadOnlySet<string>> senses)
    {
        for (var index = 0; index + 1 < words.Count; index++)
        {
            if (senses.TryGetValue(words[index].Key, out var next) && next.Contains(words[index + 1].Key))
                words[index] = words[index] with { Id = -1, Kind = WordKind.Content };
        }
    }

    // A word a modifier before it turns into another sense ("hoofdstad" in "de culinaire hoofdstad") matches no literal.
    private static void MarkModifiedSenses(List<Word> words, IReadOnlyDictionary<string, IReadOnlySet<string>> modifiers)
    {
        for (var index = 1; index < words.Count; index++)
        {
            if (modifiers.TryGetValue(words[index].Key, out var before) && before.Contains(words[index - 1].Key))
                words[index] = words[index] with { Id = -1, Kind = WordKind.Content };
        }
    }

    // The endings said last, one after another, are fillers ("どこ" + "でした" + "か"); the first word of the utterance is
    // never one, so an ending never takes a whole utterance.
    private static void MarkSentenceEndings(List<Word> words, PhraseIndex endings, Func<List<Word>, int, string[], bool> said)
    {
        var end = words.Count;
        while (end > 1)
        {
            var ending = endings.FiledBy(words[end - 1].Key).FirstOrDefault(phrase => phrase.Length < end && said(words, end - phrase.Length, phrase));
            if (ending is null)
                break;
            for (var index = end - ending.Length; index < end; index++)
                words[index] = words[index] with { Kind = WordKind.Filler };
            end -= ending.Length;
        }
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The text the tokens' offsets point into.</summary>
    public string Text { get; }

    public Word[] Words { get; }

    /// <summary>For each token, whether every word of it was abandoned (<see cref="Word.Abandoned"/>).</summary>
    public bool[] AbandonedTokens { get; }

    /// <summary>Which of the samples' words (by <see cref="SamplePart.WordId"/>) the utterance has.</summary>
    public bool[] Present { get; }

    // A run of up to four words said twice in a row is a false start ("cancel cancel", "what's the what's the capital
    // of kenya"): its first saying costs nothing to leave out, like a filler word.
    private static void MarkRepeatsAsFillers(Word[] words)
    {
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = Math.Min(MaxRepeatedRun, (words.Length - start) / 2); length >= 1; length--)
            {
                if (!IsRepeated(words, start, length))
                    continue;
                for (var index = start; index < start + length; index++)
                    words[index] = words[index] with { Kind = WordKind.Filler };
                break;
            }
        }
    }

    private static bool IsRepeated(Word[] words, int start, int length)
    {
        for (var offset = 0; offset < length; offset++)
        {
            if (words[start + offset].Key != words[start + length + offset].Key)
                return false;
        }
        return true;
    }
}

/// <summary>A word to compare: its key, its number among the samples' words (-1 when no sample has it), its kind,
/// the token it comes from, and whether it starts or ends that token (a slot value starts and ends on token
/// boundaries, so it is always words that were said), whether that token is written in katakana, and whether the speaker
/// abandoned the word in a restart at a preposition (<see cref="SpeechRepairs"/>: "del nord no" in "corea del nord no del
/// sud", a filler then, and the edge of no value).</summary>
internal readonly record struct Word(string Key, int Id, WordKind Kind, int Token, bool StartsToken, bool EndsToken, bool Katakana = false, bool Abandoned = false);
