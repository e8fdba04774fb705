using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Alexa;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The clause-around-question rule (see the summary of <see cref="NluEngine"/>): a capital question said whole,
/// with a clause of the speaker's situation before and/or after it ("नोट्स बना रही हूँ एस्टोनिया की राजधानी लिखवा दो").</summary>
public sealed partial class NluEngine
{
    private static readonly string[] WithdrawingIntents = [BuiltInIntents.Cancel, BuiltInIntents.Stop];

    /// <summary>The most words the clause on each side of the question may have (as said: <see cref="Tokenizer.WordsSaid"/>;
    /// "渋滞にはまって暇だから" is 4, "今揚げ物してて手が離せないんだけど" 8). Fourteen, not ten, since session 27: people set a
    /// scene in twelve words or so ("wir fahren mit dem wohnwagen durch deutschland und ich frage mich ..."), and no
    /// out-of-domain line of the spent corpora was read as a question with the longer clause.</summary>
    public const int MaxAroundClauseWords = 14;

    /// <summary>The most words between a purpose opener and a noun of another topic it governs ("für unseren neuen podcast").</summary>
    public const int MaxWordsAfterPurposeOpener = 2;

    /// <summary>How many content words a clause must say after a place of its own for a question after it to name another.</summary>
    public const int MinWordsAfterClausePlace = 2;

    /// <summary>How many samples must say a word as a slot's noun for it to be a word of the question itself ("राजधानी",
    /// "hoofdstad"), not of a fragment ("और {country} के लिए", and for X, is no question with a clause around it).</summary>
    private const int MinQuestionNounSamples = 20;

    private HashSet<int>? _questionNounIds;

    // The ids of the words that many samples say as a slot's noun.
    private HashSet<int> QuestionNounIds() => _questionNounIds ??= _samples
        .SelectMany(sample => sample.Parts.Where((part, index) => sample.SlotNouns[index] && part.Kind == WordKind.Content).Select(part => part.WordId).Distinct())
        .GroupBy(id => id)
        .Where(group => group.Count() >= MinQuestionNounSamples)
        .Select(group => group.Key)
        .ToHashSet();

    /// <summary>The question in the utterance with the fewest words around it that the rule reads past, or null.</summary>
    private SampleMatch? QuestionWithClauseAround(IReadOnlyList<Token> tokens, string text)
    {
        if (!_readsClauseAroundQuestion || _clauseWords.IsEmpty || _model.FallbackSensitivity == FallbackSensitivity.High)
            return null;
        var count = tokens.Count;
        var keys = FirstReadings(tokens);
        var saidKeys = SaidKeys(tokens);
        var spaceless = tokens.Any(token => TextFolding.IsSpacelessScript(token.Key[0]));
        var fillers = FillerTokens(tokens, keys);
        // How many words (as said) stand before each token and from each token on, counted once for every split tried.
        var wordsBefore = new int[count + 1];
        var wordsFrom = new int[count + 1];
        for (var index = 0; index <= count; index++)
            (wordsBefore[index], wordsFrom[index]) = (Tokenizer.WordsSaid(tokens, 0, index), Tokenizer.WordsSaid(tokens, index, count));
        // What each clause says on its own, found once for every place the clause may end (before) or begin (after).
        var sides = new ClauseSides(
            [.. Enumerable.Range(0, count + 1).Select(before => ClauseBeforeAllowed(keys[..before]))],
            [.. Enumerable.Range(0, count + 1).Select(end => ClauseAfterAllowed(keys[end..]))],
            [.. Enumerable.Range(0, count + 1).Select(before => HasContentWord(keys[..before]))],
            [.. Enumerable.Range(0, count + 1).Select(end => HasContentWord(keys[end..]))],
            [.. Enumerable.Range(0, count + 1).Select(end => FunctionWordTiesClauseAfter(keys, end))],
            PlaceWordsFrom(keys));
        for (var around = 1; around < count - 1; around++)
        {
            for (var before = around; before >= 0; before--)
            {
                var end = count - (around - before);
                if (wordsBefore[before] > MaxAroundClauseWords || wordsFrom[end] > MaxAroundClauseWords
                    || !MaySurroundQuestion(keys, before, end, spaceless, sides, fillers))
                {
                    continue;
                }
                // A clause tied to the question by a function word is read past only when it names the place's country.
                var tiedAfter = sides.TiedAfter[end];
                if (tiedAfter && !sides.PlaceWordAfter[end])
                    continue;
                var core = Words(tokens.Skip(before).Take(end - before).ToList(), text);
                if (BestExact(Matcher(core)) is { } question && IsQuestionCore(question, tokens, keys, saidKeys, before, end)
                    && (!tiedAfter || LocatesPlaceInItsCountry(question, keys[end..])))
                {
                    return question;
                }
            }
        }
        return null;
    }

    // Whether the words outside [before, end) may be a clause around a question there: they say something (a content
    // word), and none is a word of another fact, a negation, a choice word or a noun of another topic; none before the
    // question is a question word (the clause asks a question of its own); none after it marks a past state ("... की
    // राजधानी कभी कोलकाता थी"); a noun of another topic is said only in the clause before the question, just after a purpose
    // or setting opener ("für unseren podcast", "au salon", IsTopicOfClause); the words next to the question do not
    // attach to it: no function word right after it ("की राजधानी की आबादी", "hoofdstad van peru in de zomer") but a
    // particle that ends the question ("首都が出てこない") or a purpose opener ("pour mes mots croisés", "en six lettres"),
    // or a clause that names the country of the question's place (FunctionWordTiesClauseAfter, checked with the question
    // found), none right before it in a language of prepositions ("the weather in the capital of peru") unless the question
    // closes with a tail of its own ("on a parié sur la capitale de la hongrie c'est laquelle":
    // ClauseWords.QuestionTails, in the question or as the whole clause after it) and the word is no genitive of a noun
    // ("les musées de ..."), or the clause ends with a lead into the question ("on parie sur":
    // ClauseWords.QuestionLeads), no not-a-place noun on either side ("the fashion capital of italy"), and no word that
    // turns the question's word into another sense (a script without spaces, Japanese, ends a clause with a particle:
    // "おじいちゃんに" is read as a language of postpositions). The core's edges are no fillers: the same core with its
    // fillers is found with fewer words around it.
    private bool MaySurroundQuestion(string[] keys, int before, int end, bool spaceless, ClauseSides sides, bool[] fillers)
    {
        if (end - before < 2 || fillers[before] || fillers[end - 1])
            return false;
        if (!(sides.ContentBefore[before] || sides.ContentAfter[end]) || !sides.BeforeAllowed[before] || !sides.AfterAllowed[end])
            return false;
        if (end < keys.Length && (_lexicon.NotPlaces.Contains(keys[end])
            || (_lexicon.OtherSenses.TryGetValue(keys[end - 1], out var senses) && senses.Contains(keys[end]))))
        {
            return false;
        }
        return before == 0 || !(PrepositionTiesQuestionToClause(keys, before, end, spaceless, IsQuestionTailClause(keys, end))
            || _lexicon.NotPlaces.Contains(keys[before - 1])
            || (_lexicon.SenseModifiers.TryGetValue(keys[before], out var modifiers) && modifiers.Contains(keys[before - 1])));
    }

    // Whether each token is a filler as said (the エ of エジプト is not the え of "えー").
    private bool[] FillerTokens(IReadOnlyList<Token> tokens, string[] keys) =>
        [.. keys.Select((key, index) => _lexicon.KindAsSaid(key, UtteranceWords.IsKatakana(tokens[index])) == WordKind.Filler)];

    // Whether the clause after the question begins with a function word that ties it to the question ("hoofdstad van peru
    // in de zomer"): not a particle that ends the question, a purpose opener, or a tail that closes it.
    private bool FunctionWordTiesClauseAfter(string[] keys, int end) =>
        end < keys.Length && _lexicon.KindOf(keys[end]) == WordKind.Function && !_clauseWords.EndParticleAt(keys, end)
        && OpenerLength(_purposeOpeners, keys, end) == 0 && !IsQuestionTailClause(keys, end);

    // Whether the clause after the question names the country of each place the question asks about: it says where the
    // place lies ("hoofdstad van yukon in het noorden van canada", "la capitale de l'assam au nord-est de l'inde"), so a
    // function word may tie it to the question.
    private bool LocatesPlaceInItsCountry(SampleMatch question, string[] clause) =>
        question.Captures.All(capture => capture.Span.Resolution is { IsMatch: true } meant
            && ResolvedRuns(clause, meant.TypeName).Any(run => IsCountryOf(run.Found, meant)));

    // What MaySurroundQuestion and the clause rule ask of each clause alone, once for each place a clause may end or begin:
    // indexed by the question's first word (before) and by the first word after it (end). TiedAfter: the clause after
    // begins with a function word tying it to the question; PlaceWordAfter: it says a word of a place name.
    private sealed record ClauseSides(bool[] BeforeAllowed, bool[] AfterAllowed, bool[] ContentBefore, bool[] ContentAfter,
        bool[] TiedAfter, bool[] PlaceWordAfter);

    // For each index (and the end), whether a word of a place name is said there or after it.
    private bool[] PlaceWordsFrom(string[] keys)
    {
        var from = new bool[keys.Length + 1];
        for (var index = keys.Length - 1; index >= 0; index--)
            from[index] = from[index + 1] || _resolver.KnowsWord(keys[index]);
        return from;
    }

    private bool ClauseBeforeAllowed(string[] clause) =>
        !(Enumerable.Range(0, clause.Length).Any(index => IsOtherRequestWord(clause[index]) && !IsTopicOfClause(clause, index))
            || _clauseWords.SaysOtherFact(clause) || clause.Any(_lexicon.QuestionWords.Contains) || WithdrawsRequest(clause, beforeQuestion: true));

    private bool ClauseAfterAllowed(string[] clause) =>
        !(clause.Any(IsOtherRequestWord) || _clauseWords.SaysOtherFact(clause) || clause.Any(_clauseWords.PastMarkers.Contains)
            || WithdrawsRequest(clause, beforeQuestion: false));

    // Whether the function word right before the question, in a language of prepositions, ties the question to the clause
    // ("the weather in the capital of peru"): not when the question closes with a tail, in it or as the whole clause after
    // it (tailAfter; the question then keeps its article), and the word is no genitive of a noun; nor when the clause ends
    // with a lead into the question.
    private bool PrepositionTiesQuestionToClause(string[] keys, int before, int end, bool spaceless, bool tailAfter)
    {
        var word = keys[before - 1];
        if (_lexicon.KindOf(word) != WordKind.Function || _lexicon.Repairs.Postpositions.Count > 0 || spaceless)
            return false;
        var closesWithTail = EndsWithRun(_questionTails, keys, end) || (tailAfter && !_lexicon.Articles.Contains(word));
        return !(closesWithTail && !IsGenitiveOfNoun(keys, before - 1)) && !EndsWithRun(_questionLeads, keys, before);
    }

    // A purpose opener as the lexicon reads its words ("c'est pour" is "c", "est", "pour"), ClauseWords.AnyWord kept as it is.
    private string[] ReadPurposeOpener(string opener)
    {
        var keys = new List<string>();
        foreach (var part in opener.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ClauseWords.AnyWord)
                keys.Add(part);
            else
                keys.AddRange(FirstReadings(_lexicon.Tokenize(part)));
        }
        return [.. keys];
    }

    // How many words the longest of the openers (purpose or setting openers) said from start has; 0 when none is.
    private static int OpenerLength(string[][] openers, string[] keys, int start) =>
        openers.Where(opener => IsOpenerAt(keys, start, opener)).Select(opener => opener.Length).DefaultIfEmpty(0).Max();

    private static bool IsOpenerAt(string[] keys, int start, string[] opener) =>
        start + opener.Length <= keys.Length && opener.Select((word, offset) => word == ClauseWords.AnyWord || word == keys[start + offset]).All(same => same);

    // Whether the word at index of the clause before a question is a noun of another topic that the clause says as what the
    // answer is for or where the speaker is, in a clause with no request verb of the lexicon: said at most
    // MaxWordsAfterPurposeOpener words after a purpose opener ("für unseren podcast", "pour le podcast") or a setting opener
    // ("au salon", "dans la cuisine", "à la radio"). No request is made of it ("spiel den podcast ...", "mets la radio" have
    // no opener).
    private bool IsTopicOfClause(string[] clause, int index)
    {
        if (!_cues.OtherTopics.Contains(clause[index]) || IsNegationOrChoice(clause[index]) || clause.Any(_lexicon.RequestVerbs.Contains))
            return false;
        for (var start = 0; start < index; start++)
        {
            var length = Math.Max(OpenerLength(_purposeOpeners, clause, start), OpenerLength(_settingOpeners, clause, start));
            if (length > 0 && start + length <= index && index - (start + length) <= MaxWordsAfterPurposeOpener)
                return true;
        }
        return false;
    }

    // Whether the word at index is a genitive of the language that makes what follows it a part of a noun said right before
    // it: the noun begins the clause or follows a function word, an article ("les quartiers de la capitale du pérou c'est
    // quoi", "el equipo de la capital de perú cuál será"). After a verb it only says where the speaker's words go ("ils ont
    // parlé de la capitale d'haïti c'est laquelle", "il vient de la capitale du mali c'est laquelle").
    private bool IsGenitiveOfNoun(string[] keys, int index) =>
        _clauseWords.Genitives.Contains(keys[index]) && (index < 2 || _lexicon.KindOf(keys[index - 2]) == WordKind.Function);

    // Whether the words before end close with one of the runs: a question tail of the language ("c'est laquelle", "cómo se
    // llama"), or a lead into the question ("on parie sur", "kam die frage auf").
    private static bool EndsWithRun(string[][] runs, string[] keys, int end) =>
        runs.Any(run => end >= run.Length && ClauseWords.RunAt(keys, end - run.Length, run));

    // The phrases of a clause-word list as the lexicon reads their words ("c'est laquelle" is "c", "est", "laquelle").
    private string[][] ReadPhrases(IEnumerable<string> phrases) =>
        [.. phrases.Select(phrase => FirstReadings(_lexicon.Tokenize(phrase))).Where(keys => keys.Length > 0)];

    // Whether the words from end on are a question tail and nothing else ("... die hauptstadt von rumänien wie heißt die"). A
    // question read with such a tail keeps its article: "la" before "capitale du pérou" is the question's, and the word before
    // it decides ("les quartiers de la capitale du pérou c'est quoi").
    private bool IsQuestionTailClause(string[] keys, int end) =>
        _questionTails.Any(tail => tail.Length == keys.Length - end && ClauseWords.RunAt(keys, end, tail));

    // Whether a part of the clause says a cancel or stop cue as a request of its own: at the edge of what is said (only
    // fillers before it in the clause before the question, after it in the clause after) or right next to the question
    // ("फ्रांस की राजधानी रहने दो", "الغي عاصمة فرنسا": the question is withdrawn, not asked). Inside a clause a cue tells of
    // something else ("o professor falou da capital do japão qual é", "die fahrstunde ist vorbei und mein fahrschüler will
    // die hauptstadt von vanuatu wissen"). A cue that is one function word of the lexicon is read as that function word in
    // a clause (Spanish "para" is stop and "for": "para el test de ciudadanía la capital de michigan").
    private bool WithdrawsRequest(string[] part, bool beforeQuestion) =>
        WithdrawingIntents.Any(intent => _cues.Cues.TryGetValue(intent, out var cues) && cues.Any(cue => !IsOneFunctionWord(cue)
            && cue.StartsIn(part).Any(start => beforeQuestion
                ? start + cue.Keys.Length == part.Length || OnlyFillers(part[..start])
                : start == 0 || OnlyFillers(part[(start + cue.Keys.Length)..]))));

    private bool OnlyFillers(string[] keys) => keys.All(key => _lexicon.KindOf(key) == WordKind.Filler);

    private bool IsOneFunctionWord(Cue cue) => cue.Keys.Length == 1 && _lexicon.KindOf(cue.Keys[0]) == WordKind.Function;

    // A word that makes the clause a request of its own, wherever it is said (a word of another fact is ClauseWords.SaysOtherFact's).
    private bool IsOtherRequestWord(string key) => IsNegationOrChoice(key) || _cues.OtherTopics.Contains(key);

    private bool IsNegationOrChoice(string key) =>
        _lexicon.Repairs.Negations.Contains(key) || _lexicon.Repairs.TrailingNegations.Contains(key)
            || _cues.Negations.Contains(key) || _lexicon.Alternatives.Contains(key);

    // Whether the match of the words [before, end) is a capital question of its own: a sample with a literal content word
    // that many samples say as a slot's noun (MinQuestionNounSamples) and only custom slots, each value resolving, a
    // value that does not continue a name begun before it ("demokratischen republik kongo"; a word the model or lexicon
    // knows, such as Hindi "हूँ", begins no name), and no other place in the clause (which of two places is meant is
    // not guessed; the same place said again leaves no doubt) but one the clause goes on to say something of before a
    // question that names its place after its own words (NamesPlaceNextToQuestion). No value lies inside a not-place of
    // several words that the clause goes on with ("qual é a capital da américa central" is no question about "américa"
    // with a clause "central").
    private bool IsQuestionCore(SampleMatch question, IReadOnlyList<Token> tokens, string[] keys, string[] saidKeys, int before, int end)
    {
        var nouns = QuestionNounIds();
        if (question.Captures.Count == 0 || !question.Sample.Parts.Any(part => IsContentLiteral(part) && nouns.Contains(part.WordId))
            || question.Sample.Parts.Any(IsBuiltInSlot)
            || !question.Captures.All(capture => capture.Span.Resolves)
            || question.Captures.Any(capture => _lexicon.IsInsideNotPlace(saidKeys, before + capture.Span.FirstToken,
                before + capture.Span.FirstToken + capture.Span.WordCount)))
        {
            return false;
        }
        return question.Captures.All(capture =>
            (capture.Span.FirstToken > 0 || before == 0 || (MayPrecedePlace(tokens[before - 1])
                && (!MayEndLongerName(tokens[before - 1], capture.Span.Key) || IsKnownWord(tokens[before - 1].Key))))
            && !(capture.Span.FirstToken == 0 ? NamesPlace(keys[..before], capture.Span.Resolution!.TypeName, capture.Span.Resolution)
                : NamesPlaceNextToQuestion(keys[..before], capture.Span.Resolution!.TypeName, capture.Span.Resolution))
            && !NamesPlace(keys[end..], capture.Span.Resolution!.TypeName, capture.Span.Resolution));
    }

    // Whether the clause before a question that names its place after its own words ("la capital de camerún") names another
    // place with fewer than MinWordsAfterClausePlace content words after it in the clause. A place the speaker goes on to
    // say something of is where they are, come from or go ("soy de guinea ecuatorial y mi hijo pregunta la capital de
    // camerún"): the question names its own. One with little or nothing said after it may be meant with the question ("ich
    // war in bayern der hauptstadt von ...", "ik was in peru en in chili wat is de hoofdstad": "en" is no function word of
    // the Dutch lexicon). A question that begins with its place keeps every other place out of the clause: "جورجيا اللي جنب
    // روسيا عاصمتها" asks for Georgia's.
    private bool NamesPlaceNextToQuestion(string[] clause, string type, SlotResolution except) =>
        PlaceRuns(clause, type, except).Any(run => ContentWordCount(clause[(run.Start + run.Length)..]) < MinWordsAfterClausePlace);
}
