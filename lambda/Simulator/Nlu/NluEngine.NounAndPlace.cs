using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The noun-and-place rule (see the summary of <see cref="NluEngine"/>): a sentence no other rule reads that says
/// the question's noun and names one place, anywhere in it, asks for that place's capital ("à la boulangerie une cliente
/// vient du bénin elle demande sa capitale pour rigoler", "mio nonno mugugna perché non sa la capitale del bhutan"), as a
/// statistical NLU classifies a sentence by its strongest words.</summary>
public sealed partial class NluEngine
{
    /// <summary>The bare-slot sample's match for the one place the utterance names beside a question noun, or null. The
    /// sentence says nothing of another fact, topic or time (ClauseWords' otherFacts and pastMarkers, the cue file's
    /// otherTopics), no not-a-place noun in the noun's phrase (SaysNotPlaceWithNoun), no cancel or stop cue, and at
    /// most MaxAroundClauseWords words before and after the noun and the place; the place is the place meant (not after
    /// a negation or a word of a longer name: "la nueva españa"; no word of a name after it: "américa do sul"); and the
    /// noun is the question's (IsQuestionsNoun). A place said apart from the noun ("vient du bénin elle demande sa
    /// capitale") needs a question word or another content word of the question's samples ("demande", "dis-moi"):
    /// "siamo stati in grecia e la capitale ci è piaciuta" tells, it does not ask.</summary>
    private SampleMatch? QuestionFromNounAndPlace(IReadOnlyList<Token> tokens, string text)
    {
        if (!_readsNounAndPlace || _model.FallbackSensitivity == FallbackSensitivity.High)
            return null;
        if (tokens.Any(token => TextFolding.IsSpacelessScript(token.Key[0])))
            return QuestionFromNounAndPlaceWithoutSpaces(tokens, text);
        var keys = FirstReadings(tokens);
        var nouns = Enumerable.Range(0, keys.Length).Where(index => IsCapitalNoun(keys[index])).ToList();
        var complementBefore = _lexicon.Repairs.Postpositions.Count > 0;
        if (nouns.Count == 0 || _clauseWords.SaysOtherFact(keys) || keys.Any(_clauseWords.PastMarkers.Contains)
            || keys.Any(_cues.OtherTopics.Contains) || SaysNotPlaceWithNoun(keys, nouns, complementBefore) || SaysWithdrawingCue(keys))
        {
            return null;
        }
        var place = _placeType is null ? null : OnePlaceNamed(tokens, _placeType);
        if (place is null || (IsNotPlaceOf(keys, place) && nouns.Any(noun => IsNextTo(keys, noun, place))))
            return null;
        var first = Math.Min(nouns[0], place.Start);
        var last = Math.Max(nouns[^1] + 1, place.End);
        if (Tokenizer.WordsSaid(tokens, 0, first) > MaxAroundClauseWords || Tokenizer.WordsSaid(tokens, last, tokens.Count) > MaxAroundClauseWords
            || !IsPlaceMeant(tokens, keys, place) || !nouns.All(noun => IsQuestionsNoun(keys, noun, place, complementBefore))
            || (!nouns.Any(noun => IsNextTo(keys, noun, place)) && !AsksSomething(keys, nouns)))
        {
            return null;
        }
        if (!complementBefore && place.Start > nouns[0] && PhraseGoesOnAfter(tokens, keys, place.End))
            return null;
        return BarePlaceQuestion(tokens, place, text);
    }

    // The match of the place's words alone with a sample made only of slots and fillers ("{country}"), every value resolving.
    private SampleMatch? BarePlaceQuestion(IReadOnlyList<Token> tokens, PlaceMention place, string text)
    {
        var placeTokens = tokens.Skip(place.Start).Take(place.End - place.Start).ToList();
        var match = BestExact(Matcher(Words(placeTokens, text)));
        return match is not null && match.Sample.Parts.All(part => part.SlotName is not null || part.Kind == WordKind.Filler) && match.Captures.All(capture => capture.Span.Resolves)
            ? match
            : null;
    }

    // The question's own nouns ("capitale", "hauptstadt", "首都", "राजधानी", "عاصمة"): the content words that the samples of
    // the intent asked about places say most, at least half as often as the most said one, other than question words; and
    // their other forms in the samples, words that share all but the last three letters of one, at least four
    // ("hauptstädte", "capitales", "hoofdsteden", "राजधानियां", "عاصمتين").
    private HashSet<int> CapitalNounIds(string? intent)
    {
        // Each content word once, with the number of samples that say it.
        var words = _samples.Where(sample => sample.IntentName == intent)
            .SelectMany(sample => sample.Parts.Where(part => IsContentLiteral(part) && !_lexicon.QuestionWords.Contains(part.Literal!)).DistinctBy(part => part.WordId))
            .GroupBy(part => part.WordId)
            .Select(group => (Id: group.Key, Literal: group.First().Literal!, Samples: group.Count()))
            .ToList();
        var most = words.Count == 0 ? 0 : words.Max(word => word.Samples);
        var nouns = words.Where(word => word.Samples * 2 >= most).Select(word => word.Literal).ToList();
        return words.Where(word => nouns.Any(noun => IsFormOf(word.Literal, noun))).Select(word => word.Id).ToHashSet();
    }

    // Whether the word is the noun or another form of it: the same beginning, all but the noun's last three letters and at
    // least four.
    private static bool IsFormOf(string word, string noun) =>
        word == noun || (noun.Length >= 5 && word.Length >= noun.Length - 3 && word.AsSpan().CommonPrefixLength(noun) >= Math.Max(4, noun.Length - 3));

    // Whether a noun that names no place is said in a question noun's phrase: on its complement's side (after it; before
    // it in a language of postpositions) or right before it, "la capital del tango", "the fashion capital of italy": the
    // capital of something else. One said only on the other side is the scene's ("vendo mezcal y un cliente es de japón
    // cuál es su capital").
    private bool SaysNotPlaceWithNoun(string[] keys, List<int> nouns, bool complementBefore) =>
        Enumerable.Range(0, keys.Length).Any(index => _lexicon.NotPlaces.Contains(keys[index])
            && nouns.Any(noun => index == noun - 1 || (complementBefore ? index < noun : index > noun)));

    // Whether the nearest content word before the place is a noun that names no place, of which the place is the
    // complement: with the question's noun next to the place, the capital asked is that noun's ("ولاية الرياضة في امريكا
    // عاصمتها", the state of sport in America).
    private bool IsNotPlaceOf(string[] keys, PlaceMention place)
    {
        var before = place.Start - 1;
        while (before >= 0 && KindAsRead(keys[before]) != WordKind.Content)
            before--;
        return before >= 0 && _lexicon.NotPlaces.Contains(keys[before]);
    }

    // Whether one of the phrases ends right before the index.
    private static bool PhraseEndsAt(string[][] phrases, string[] keys, int index) =>
        phrases.Any(phrase => phrase.Length > 0 && phrase.Length <= index && ClauseWords.RunAt(keys, index - phrase.Length, phrase));

    // Whether the place is the one meant: not after a negation, a content word of a place name ("la nueva españa") or a
    // word of a name it may end, and no word of a name follows it across function words only ("américa do sul"). A
    // function word before it ("du", "von", "de") is no word of a name here.
    private bool IsPlaceMeant(IReadOnlyList<Token> tokens, string[] keys, PlaceMention place)
    {
        if (place.Start > 0)
        {
            var before = tokens[place.Start - 1];
            var beforeKey = keys[place.Start - 1];
            // A prefix split off the place ties it to something else ("عاصمة بالفرنسي", "الاقليم الكردي بسوريا").
            if (_lexicon.Prefixes.Contains(beforeKey) && !IsCapitalNoun(beforeKey))
                return false;
            var isFunctionWord = KindAsRead(beforeKey) != WordKind.Content && !_lexicon.Repairs.Negations.Contains(_lexicon.Expand(before.Key)[0]);
            if ((!isFunctionWord && !MayPrecedePlace(before)) || MayEndLongerName(before, string.Join(' ', keys[place.Start..place.End])))
                return false;
        }
        var next = place.End;
        while (next < keys.Length && KindAsRead(keys[next]) != WordKind.Content)
            next++;
        return next == keys.Length || !_resolver.KnowsWord(tokens[next].Key) || _wordIds.ContainsKey(keys[next]);
    }

    // Whether a function word after the place goes on with the noun phrase ("comment on demande la capitale du pérou en
    // anglais", "la capitale du pérou en hiver"): one that neither opens a purpose ("pour mon fils") nor joins a list or
    // a clause ("et nessuno ha risposto").
    private bool PhraseGoesOnAfter(IReadOnlyList<Token> tokens, string[] keys, int end)
    {
        var next = end;
        while (next < keys.Length && KindAsRead(keys[next]) == WordKind.Filler)
            next++;
        return next < keys.Length && KindAsRead(keys[next]) == WordKind.Function
            && OpenerLength(_purposeOpeners, keys, next) == 0 && !_lexicon.IsListWord(tokens[next]);
    }

    // Whether only function words and fillers stand between the noun and the place.
    private bool IsNextTo(string[] keys, int noun, PlaceMention place)
    {
        var (from, to) = noun < place.Start ? (noun + 1, place.Start) : (place.End, noun);
        return Enumerable.Range(from, Math.Max(0, to - from)).All(index => KindAsRead(keys[index]) != WordKind.Content);
    }

    // Whether the sentence asks: a question word, or a content word the question's samples say other than its noun.
    private bool AsksSomething(string[] keys, List<int> nouns) =>
        keys.Any(_lexicon.QuestionWords.Contains)
        || Enumerable.Range(0, keys.Length).Any(index => !nouns.Contains(index) && KindAsRead(keys[index]) == WordKind.Content
            && _wordIds.TryGetValue(keys[index], out var id) && !_capitalNounIds.Contains(id) && _placeQuestionVocabulary.Contains(id));

    // Whether the noun at index asks the question (the rule above), not for a capital of something else.
    private bool IsQuestionsNoun(string[] keys, int noun, PlaceMention place, bool complementBefore)
    {
        if (noun > 0 && (IsUnknownContentWord(keys[noun - 1])
                || (_lexicon.SenseModifiers.TryGetValue(keys[noun], out var modifiers) && modifiers.Contains(keys[noun - 1]))))
        {
            return false;
        }
        if (noun + 1 < keys.Length && _lexicon.OtherSenses.TryGetValue(keys[noun], out var senses) && senses.Contains(keys[noun + 1]))
            return false;
        // In a language of postpositions a word the model does not know right after the noun makes it part of a name
        // ("राजधानी कॉलेज दिल्ली में कहां है").
        if (complementBefore && noun + 1 < keys.Length && IsUnknownContentWord(keys[noun + 1]))
            return false;
        // A setting opener before the noun phrase makes it where something happens ("il fait chaud dans la capitale du
        // pérou", "busca un hotel en la capital de italia", "meine tante wohnt in der hauptstadt von chile"), a tying
        // preposition what something is about or where it goes ("un article sur la capitale du pérou", "tem voo pra capital
        // da argentina"; not after a question lead: "on parie sur"), and a genitive after a noun the question does not say
        // a part of something else ("la gare de la capitale du pérou"; "le nom de la capitale" still asks).
        var phrase = noun;
        while (phrase > 0 && _lexicon.Articles.Contains(keys[phrase - 1]))
            phrase--;
        if (!complementBefore && (PhraseEndsAt(_settingOpeners, keys, phrase)
                || (PhraseEndsAt(_tyingPrepositions, keys, phrase) && !PhraseEndsAt(_questionLeads, keys, phrase))
                || (phrase > 1 && _clauseWords.Genitives.Contains(keys[phrase - 1]) && IsOtherContentWord(keys[phrase - 2]))))
        {
            return false;
        }
        var step = complementBefore ? -1 : 1;
        for (var index = noun + step; index >= 0 && index < keys.Length; index += step)
        {
            if (index >= place.Start && index < place.End)
                return true;
            if (!complementBefore && OpenerLength(_purposeOpeners, keys, index) > 0)
                return true;
            if (KindAsRead(keys[index]) == WordKind.Content)
                return !IsUnknownContentWord(keys[index]);
        }
        return true;
    }

    // Whether the word is one of the question's nouns.
    private bool IsCapitalNoun(string key) => _wordIds.TryGetValue(key, out var id) && _capitalNounIds.Contains(id);

    // A content word that the question's samples do not say.
    private bool IsOtherContentWord(string key) =>
        KindAsRead(key) == WordKind.Content && !(_wordIds.TryGetValue(key, out var id) && _placeQuestionVocabulary.Contains(id));

    // A content word that neither the model, the place names nor the lexicon knows.
    private bool IsUnknownContentWord(string key) => KindAsRead(key) == WordKind.Content && !IsKnownWord(key);

    // The one place the utterance names, said once or more; null when it names none or two (a list, or a scene's place
    // and another: which is meant is not guessed). A lone function word names no place ("para"). In a script without
    // spaces a place counts only as a whole word, cutting no run of its script at either end ("たい" in "来たいうとった"), and
    // never as a run of hiragana: names are written in katakana or kanji, and hiragana folds to katakana, so "がな" (a
    // particle) would be Ghana. Neither check holds back a word of a script with spaces.
    private PlaceMention? OnePlaceNamed(IReadOnlyList<Token> tokens, string placeType)
    {
        var named = PlacesNamed(tokens, placeType).ToList();
        return named.Count > 0 && named.All(place => place.NamesSamePlaceAs(named[0])) ? named[0] : null;
    }

    // The places the words name, of one slot type (or of any, typeName null), by the rules above: a lone function word
    // names none; in a script without spaces only a whole word that is no run of hiragana does.
    private IEnumerable<PlaceMention> PlacesNamed(IReadOnlyList<Token> tokens, string? typeName)
    {
        var saidKeys = SaidKeys(tokens);
        for (var start = 0; start < tokens.Count; start++)
        {
            if (Tokenizer.CutsScriptRun(tokens, start) || LongestPlaceAt(tokens, saidKeys, start, tokens.Count, typeName) is not { } place
                || Tokenizer.CutsScriptRun(tokens, place.End))
            {
                continue;
            }
            start = place.End - 1;
            var isLoneFunctionWord = place.End - place.Start == 1 && KindAsRead(tokens[place.Start].Key) == WordKind.Function;
            var isHiragana = Enumerable.Range(place.Start, place.End - place.Start).All(index => Tokenizer.IsHiragana(tokens[index]));
            if (!isLoneFunctionWord && !isHiragana)
                yield return place;
        }
    }

    // Whether the words say a cancel or stop cue anywhere ("laisse tomber la capitale du pérou" withdraws the question).
    private bool SaysWithdrawingCue(string[] keys) =>
        WithdrawingIntents.Any(intent => _cues.Cues.TryGetValue(intent, out var cues)
            && cues.Any(cue => !IsOneFunctionWord(cue) && cue.StartsIn(keys).Any()));
}
