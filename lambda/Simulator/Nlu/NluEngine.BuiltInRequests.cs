using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The rule for a built-in request said with words around it (see the summary of <see cref="NluEngine"/>).</summary>
public sealed partial class NluEngine
{
    /// <summary>The most tokens a listed phrasing said inside a longer utterance may span.</summary>
    private const int MaxAnchorTokens = 8;

    /// <summary>A built-in request said inside a longer utterance (the rule above), or null: the utterance holds a listed
    /// phrasing with a content word, or a cue of the language, of one built-in intent (or a cancel and a stop, read as the
    /// one said last), and every other word is about the skill itself.</summary>
    private Interpretation? BuiltInWithWordsAround(IReadOnlyList<Token> tokens, string text, UtteranceWords utterance)
    {
        if (!_readsBuiltInWithWordsAround || _model.FallbackSensitivity == FallbackSensitivity.High || tokens.Count == 0)
            return null;
        var anchors = ListedAnchors(tokens, text, utterance).Concat(CueAnchors(utterance)).ToList();
        var intents = anchors.Select(anchor => anchor.Intent).Distinct().ToArray();
        var intent = intents.Length switch
        {
            1 => intents[0],
            2 when IsCancelAndStop(intents[0], intents[1]) => SaidLast(anchors).Intent,
            _ => null,
        };
        if (intent is null || _model.FindIntent(intent) is not { } declared)
            return null;
        var covered = new bool[tokens.Count];
        foreach (var anchor in anchors)
            Array.Fill(covered, true, anchor.First, anchor.End - anchor.First);
        var (reason, opener) = ReasonClause(utterance.Words, covered, intent);
        if (!AboutTheSkill(utterance, covered, reason, opener, intents) || NamesPlaceOutside(tokens, covered) || ActsOnAnotherThing(tokens, covered))
            return null;
        var first = anchors.Where(anchor => anchor.Intent == intent).MinBy(anchor => anchor.First)!;
        return new Interpretation(intent, EmptySlots(declared), first.Text);
    }

    // The anchor said last: the one that ends last, the longest of those (a cue inside a longer cue of the other intent
    // does not count: "não quero" is a cancel inside the stop "não quero mais jogar").
    private static Anchor SaidLast(List<Anchor> anchors) =>
        anchors.OrderByDescending(anchor => anchor.End).ThenBy(anchor => anchor.First).First();

    /// <summary>The runs of tokens (not the whole utterance) that a built-in phrasing with a content word fits exactly.</summary>
    private IEnumerable<Anchor> ListedAnchors(IReadOnlyList<Token> tokens, string text, UtteranceWords utterance)
    {
        var candidates = _samples.Where(sample => IsBuiltInRequest(sample.IntentName) && !sample.HasSlots
            && sample.Parts.Where(IsContentLiteral).ToArray() is { Length: > 0 } content
            && content.Any(part => !IsNegation(part.Literal!)) && content.All(part => utterance.Present[part.WordId])).ToList();
        if (candidates.Count == 0)
            yield break;
        for (var first = 0; first < tokens.Count; first++)
        {
            for (var end = first + 1; end <= tokens.Count && end - first <= MaxAnchorTokens; end++)
            {
                if (first == 0 && end == tokens.Count)
                    continue;
                var run = tokens.Skip(first).Take(end - first).ToList();
                var matcher = Matcher(Words(run, text));
                var said = run.SelectMany(token => _lexicon.Expand(token.Key)).ToHashSet(StringComparer.Ordinal);
                foreach (var sample in candidates)
                {
                    // Said in full, fillers too: "laat" is no "laat maar" inside "hoe laat is het".
                    if (sample.Parts.All(part => part.Literal is null || said.Contains(part.Literal)) && Exact(sample, matcher) is not null)
                        yield return new Anchor(sample.IntentName, first, end, sample.Text);
                }
            }
        }
    }

    /// <summary>The runs of words that say a cue of a built-in intent the model declares.</summary>
    private IEnumerable<Anchor> CueAnchors(UtteranceWords utterance)
    {
        var words = utterance.Words;
        var keys = Array.ConvertAll(words, word => word.Key);
        foreach (var (intent, cues) in _cues.Cues)
        {
            if (_model.FindIntent(intent) is null)
                continue;
            foreach (var cue in cues)
            {
                foreach (var start in cue.StartsIn(keys))
                    yield return new Anchor(intent, words[start].Token, words[start + cue.Keys.Length - 1].Token + 1, cue.Text);
            }
        }
    }

    private static bool IsBuiltInRequest(string intent) => intent.StartsWith("AMAZON.", StringComparison.Ordinal) && intent != FallbackIntent;

    /// <summary>Whether the words outside the anchors are about the skill itself: fillers, function words, words of the
    /// model's own samples or of the anchors' intents, the words of the skill's name (all of them when the whole name is
    /// said: "mundo" of "capitais do mundo" too) and the language's words for the skill and the people around it
    /// (<see cref="BuiltInCues.SkillWords"/>: "das ding", "la vovó"), and fewer words the model does not know than the
    /// anchors have content words. Never a negation, a choice word, a request verb, a
    /// not-a-place noun or another topic's noun, a word only another built-in intent's phrasings use, or a word of the
    /// samples said in another sense; no question but a help begins with a question word ("hoe laat is het" asks the
    /// time); and no unknown word stands right before an anchor or after it across function words (it is what the
    /// request is about: "लाइट बंद करो", "help me with my homework") nor next to a slot's noun of the samples, or
    /// before it across function words (it makes that noun another topic's: "working capital", "aumento di capitale").</summary>
    private bool AboutTheSkill(UtteranceWords utterance, bool[] covered, bool[] reason, bool[] opener, string[] intents)
    {
        var words = utterance.Words;
        var inSkillName = SaidInSkillName(words);
        var unknown = new bool[words.Length];
        var anchorContent = 0;
        for (var index = 0; index < words.Length; index++)
        {
            var word = words[index];
            if (covered[word.Token])
            {
                anchorContent += word.Kind == WordKind.Content ? 1 : 0;
                continue;
            }
            // A word of a reason clause that could not be said in one is judged as any other word around the anchor.
            if (reason[word.Token] && MaySayReason(word, opener[word.Token]))
                continue;
            if (inSkillName[index])
                continue;
            var key = word.Key;
            if (IsNegation(key) || AsksSomethingElse(key))
                return false;
            if (word.Kind != WordKind.Content || _cues.SkillWords.Contains(key) || _invocationKeys.Contains(key))
                continue;
            if (word.Id >= 0 ? OnlyOtherBuiltIns(word.Id, intents) && !intents.Any(intent => _cues.Says(intent, key)) : _wordIds.ContainsKey(key))
                return false;
            unknown[index] = word.Id < 0;
        }
        return unknown.Count(isUnknown => isUnknown) < anchorContent
            && (intents.Contains(BuiltInIntents.Help) || !BeginsWithQuestionWord(words, covered))
            && !Enumerable.Range(0, words.Length).Any(index => unknown[index] && (NextToAnchor(words, covered, index) || ModifiesSampleWord(words, covered, index)));
    }

    /// <summary>The tokens of a reason said with a stop or a cancel, and of the word that opens or closes it (all false for
    /// another intent or none): the words from an opener of the language (<see cref="BuiltInCues.ReasonOpeners"/>: "que",
    /// "weil", "because", a subject that begins a clause, "ich", "je", "we", or the wake word, which ends what is said to
    /// Alexa) to the end, when only fillers and function words stand between an anchor and the opener ("cancela isso que
    /// a criança já dormiu", "para alexa o bebê tá dormindo"); or the words from the start to a closer
    /// (<see cref="BuiltInCues.ReasonClosers"/>: "から") that an anchor follows across fillers ("もう勉強終わったからおしまい"). The
    /// reason may hold words the model does not know: it says why, not what to stop.</summary>
    private (bool[] Reason, bool[] Opener) ReasonClause(Word[] words, bool[] covered, string intent)
    {
        var reason = new bool[covered.Length];
        var opener = new bool[covered.Length];
        if (!WithdrawingIntents.Contains(intent))
            return (reason, opener);
        var keys = Array.ConvertAll(words, word => word.Key);
        IEnumerable<(int First, int Last)> RunsOf(IReadOnlyList<Cue> cues) =>
            cues.SelectMany(cue => cue.StartsIn(keys).Select(start => (First: start, Last: start + cue.Keys.Length - 1)));
        void MarkOpener((int First, int Last) run) =>
            Array.Fill(opener, true, words[run.First].Token, words[run.Last].Token - words[run.First].Token + 1);

        var openers = RunsOf(_cues.ReasonOpeners)
            .Where(run => !covered[words[run.First].Token] && AcrossFunctionWords(words, run.First, -1, at => covered[words[at].Token]))
            .OrderBy(run => run.First).ThenByDescending(run => run.Last).ToList();
        if (openers.Count > 0)
        {
            Array.Fill(reason, true, words[openers[0].First].Token, covered.Length - words[openers[0].First].Token);
            MarkOpener(openers[0]);
        }
        var closers = RunsOf(_cues.ReasonClosers)
            .Where(run => !covered[words[run.Last].Token] && Neighbour(words, run.Last, +1) is { } after && covered[words[after].Token])
            .OrderByDescending(run => run.Last).ToList();
        if (closers.Count > 0)
        {
            Array.Fill(reason, true, 0, words[closers[0].Last].Token + 1);
            MarkOpener(closers[0]);
        }
        for (var token = 0; token < covered.Length; token++)
            reason[token] &= !covered[token];
        return (reason, opener);
    }

    // Whether a word of a reason clause may be said there: the opener ("que", "che") always; any other word if it is no
    // request verb, choice word, not-a-place noun, noun of another topic, slot's noun of the samples or question word (the
    // reason would be a request of its own: "annulla perché voglio la capitale", "cancel alexa what time is it"). A
    // character of a script without spaces is no word of its own (the kana of "もう" are in the samples' words too): only
    // a place the reason names keeps it out there (NamesPlaceOutside).
    private bool MaySayReason(Word word, bool opensReason) =>
        opensReason || TextFolding.IsSpacelessScript(word.Key[0])
        || (!AsksSomethingElse(word.Key) && !_lexicon.QuestionWords.Contains(word.Key)
            && !(word.Kind == WordKind.Content && _slotNounIds.Contains(word.Id)));

    // The words that say the skill's whole name ("o que eu posso perguntar pro capitais do mundo"): none of them asks
    // something else, though "mundo" alone is a not-place.
    private bool[] SaidInSkillName(Word[] words)
    {
        var said = new bool[words.Length];
        if (_invocationRun.Length == 0)
            return said;
        foreach (var start in ClauseWords.RunStarts(Array.ConvertAll(words, word => word.Key), _invocationRun))
            Array.Fill(said, true, start, _invocationRun.Length);
        return said;
    }

    // Whether the word makes what is said a request of another kind: a request verb, a choice word ("or"), a not-a-place
    // noun or a noun of another topic ("stop the music").
    private bool AsksSomethingElse(string key) =>
        _lexicon.RequestVerbs.Contains(key) || _lexicon.Alternatives.Contains(key) || _lexicon.NotPlaces.Contains(key)
        || _cues.OtherTopics.Contains(key);

    private bool IsNegation(string key) =>
        _lexicon.Repairs.Negations.Contains(key) || _lexicon.Repairs.TrailingNegations.Contains(key) || _cues.Negations.Contains(key);

    // Whether the first word that is no filler, outside the anchors, begins the utterance and is a question word.
    private bool BeginsWithQuestionWord(Word[] words, bool[] covered)
    {
        var first = Array.FindIndex(words, word => word.Kind != WordKind.Filler);
        return first >= 0 && !covered[words[first].Token] && _lexicon.QuestionWords.Contains(words[first].Key);
    }

    // Whether the word at 'index' stands right before an anchor's word, or after one with only function words between
    // (fillers do not count): it is what the request is about ("लाइट बंद करो", "erkläre mir die relativitätstheorie").
    private static bool NextToAnchor(Word[] words, bool[] covered, int index) =>
        (Neighbour(words, index, +1) is { } after && covered[words[after].Token])
        || AcrossFunctionWords(words, index, -1, at => covered[words[at].Token]);

    // Whether the word at 'index' stands right next to a word of the samples outside the anchors, or before one across
    // function words: a compound or a noun phrase of another topic ("working capital", "aumento di capitale").
    private bool ModifiesSampleWord(Word[] words, bool[] covered, int index) =>
        (Neighbour(words, index, -1) is { } before && IsSampleWordOutside(words[before], covered))
        || AcrossFunctionWords(words, index, +1, at => IsSampleWordOutside(words[at], covered));

    // Whether the nearest word that is no filler in the direction of 'step' is one the test picks, or is reached from the
    // word at 'index' across function words only.
    private static bool AcrossFunctionWords(Word[] words, int index, int step, Func<int, bool> picks)
    {
        for (var next = Neighbour(words, index, step); next is { } at; next = Neighbour(words, at, step))
        {
            if (picks(at))
                return true;
            if (words[at].Kind != WordKind.Function)
                return false;
        }
        return false;
    }

    // A slot's noun of the model's own samples ("capital" in "the capital of {country}"), said outside the anchors.
    private bool IsSampleWordOutside(Word word, bool[] covered) => word.Kind == WordKind.Content && !covered[word.Token] && _slotNounIds.Contains(word.Id);

    // The ids of the words that are a slot's noun in a sample of the model's own intents, question words aside ("what").
    private HashSet<int> SlotNounIds() =>
        _samples.Where(sample => !IsBuiltInRequest(sample.IntentName))
            .SelectMany(sample => sample.Parts.Where((part, index) => sample.SlotNouns[index] && !_lexicon.QuestionWords.Contains(part.Literal!)))
            .Select(part => part.WordId)
            .ToHashSet();

    // The nearest word before (step -1) or after (+1) the one at 'index' that is no filler, or null.
    private static int? Neighbour(Word[] words, int index, int step)
    {
        for (var at = index + step; at >= 0 && at < words.Length; at += step)
        {
            if (words[at].Kind != WordKind.Filler)
                return at;
        }
        return null;
    }

    // Whether only built-in intents other than these use the word: it asks for another request ("stop" by a help).
    private bool OnlyOtherBuiltIns(int wordId, string[] intents) =>
        _vocabularies.Any(vocabulary => vocabulary.Value.Contains(wordId) && IsBuiltInRequest(vocabulary.Key) && !intents.Contains(vocabulary.Key))
        && !_vocabularies.Any(vocabulary => vocabulary.Value.Contains(wordId) && (!IsBuiltInRequest(vocabulary.Key) || intents.Contains(vocabulary.Key)));

    // Whether a noun tied to the request stands right before an anchor: a noun of another topic before a particle of the
    // language ("テレビの使い方"), or any word written in kanji or katakana before an object particle that is no skill word
    // ("予約をキャンセル"; "クイズをやめて" stops the skill).
    private bool ActsOnAnotherThing(IReadOnlyList<Token> tokens, bool[] covered)
    {
        for (var index = 2; index < tokens.Count; index++)
        {
            var marker = tokens[index - 1].Key;
            var acted = _cues.ObjectMarkers.Contains(marker);
            if (!covered[index] || covered[index - 1] || covered[index - 2] || !(acted || _cues.PossessiveMarkers.Contains(marker)))
                continue;
            var (first, hiragana) = Tokenizer.WordEndingAt(tokens, index - 2);
            var word = string.Concat(tokens.Skip(first).Take(index - 1 - first).Select(token => token.Key));
            // A noun of another topic may be written in two scripts (電子レンジ): it is read as the end of what was said before.
            var before = string.Concat(tokens.Take(index - 1).Select(token => token.Key));
            if (_cues.OtherTopics.Any(topic => before.EndsWith(topic, StringComparison.Ordinal)) || (acted && !hiragana && !_cues.SkillWords.Contains(word)))
                return true;
        }
        return false;
    }

    // Whether a run of the tokens outside the anchors names a value of a custom slot type: the request is about a place. In a
    // script written without spaces a name that cuts a run of one script is part of another word (タイ in したい).
    private bool NamesPlaceOutside(IReadOnlyList<Token> tokens, bool[] covered)
    {
        var run = new List<string>();
        for (var index = 0; index <= tokens.Count; index++)
        {
            if (index < tokens.Count && !covered[index])
            {
                run.Add(tokens[index].Key);
                continue;
            }
            string[] keys = [.. run];
            var runStart = index - keys.Length;
            if (keys.Length > 0 && _model.Types.Any(type => _resolver.IsCustomType(type.Name)
                && PlaceRuns(keys, type.Name, except: null).Any(place => !Tokenizer.CutsScriptRun(tokens, runStart + place.Start)
                    && !Tokenizer.CutsScriptRun(tokens, runStart + place.Start + place.Length))))
            {
                return true;
            }
            run.Clear();
        }
        return false;
    }

    /// <summary>A run of tokens (<see cref="First"/> to <see cref="End"/>, exclusive) that says a built-in request.</summary>
    private sealed record Anchor(string Intent, int First, int End, string Text);
}
