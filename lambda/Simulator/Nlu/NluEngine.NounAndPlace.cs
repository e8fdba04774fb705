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
    /// otherTopics), no not-a-place noun, no cancel or stop cue, and its question noun is the question's: no word the
    /// model does not know stands right before it ("die heimliche hauptstadt", "मनोरंजन राजधानी"), none turns it into
    /// another sense, and the nearest content word on the side where the language puts what the noun is of (after it;
    /// before it in a language of postpositions or without spaces) is the place or a word the model knows, unless a
    /// purpose opener comes first ("la capitale pour rigoler"): "hauptstadt von dem elsass in frankreich", "عاصمة المطبخ
    /// اللبناني" and "मुग़ल साम्राज्य की राजधानी" are the capitals of something else.</summary>
    private SampleMatch? QuestionFromNounAndPlace(IReadOnlyList<Token> tokens, string text)
    {
        if (!_readsNounAndPlace || _model.FallbackSensitivity == FallbackSensitivity.High
            || tokens.Any(token => TextFolding.IsSpacelessScript(token.Key[0])))
        {
            return null;
        }
        var keys = FirstReadings(tokens);
        var nounIds = CapitalNounIds();
        var nouns = Enumerable.Range(0, keys.Length).Where(index => _wordIds.TryGetValue(keys[index], out var id) && nounIds.Contains(id)).ToList();
        if (nouns.Count == 0 || _clauseWords.SaysOtherFact(keys) || keys.Any(_clauseWords.PastMarkers.Contains)
            || keys.Any(_cues.OtherTopics.Contains) || keys.Any(_lexicon.NotPlaces.Contains) || SaysWithdrawingCue(keys))
        {
            return null;
        }
        var place = _placeType is null ? null : OnePlaceNamed(tokens, _placeType);
        if (place is null)
            return null;
        var complementBefore = _lexicon.Repairs.Postpositions.Count > 0;
        if (!nouns.All(noun => IsQuestionsNoun(keys, noun, place, complementBefore)))
            return null;
        var placeTokens = tokens.Skip(place.Start).Take(place.End - place.Start).ToList();
        var match = BestExact(Matcher(Words(placeTokens, text)));
        return match is not null && match.Sample.Parts.All(part => part.SlotName is not null || part.Kind == WordKind.Filler) && match.Captures.All(capture => capture.Span.Resolves)
            ? match
            : null;
    }

    private HashSet<int>? _capitalNounIds;

    // The question's own nouns ("capitale", "hauptstadt", "首都", "राजधानी", "عاصمة"): the content words that the samples of
    // the intent asked about places say most, at least half as often as the most said one, other than question words.
    private HashSet<int> CapitalNounIds()
    {
        if (_capitalNounIds is not null)
            return _capitalNounIds;
        var intent = _samples.FirstOrDefault(sample => sample.Parts.Length == 1 && sample.Parts[0].SlotType == _placeType)?.IntentName;
        var counts = _samples.Where(sample => sample.IntentName == intent)
            .SelectMany(sample => sample.Parts.Where(part => IsContentLiteral(part) && !_lexicon.QuestionWords.Contains(part.Literal!)).Select(part => part.WordId).Distinct())
            .GroupBy(id => id)
            .ToDictionary(group => group.Key, group => group.Count());
        var most = counts.Count == 0 ? 0 : counts.Values.Max();
        return _capitalNounIds = counts.Where(count => count.Value * 2 >= most).Select(count => count.Key).ToHashSet();
    }

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

    // A content word that neither the model, the place names nor the lexicon knows.
    private bool IsUnknownContentWord(string key) => KindAsRead(key) == WordKind.Content && !IsKnownWord(key);

    // The one place the utterance names, said once or more; null when it names none or two (a list, or a scene's place
    // and another: which is meant is not guessed). A lone function word names no place ("para").
    private PlaceMention? OnePlaceNamed(IReadOnlyList<Token> tokens, string placeType)
    {
        var named = new List<PlaceMention>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (LongestPlaceAt(tokens, start, tokens.Count, placeType) is not { } place)
                continue;
            start = place.End - 1;
            if (place.End - place.Start > 1 || KindAsRead(tokens[place.Start].Key) != WordKind.Function)
                named.Add(place);
        }
        return named.Count > 0 && named.All(place => place.NamesSamePlaceAs(named[0])) ? named[0] : null;
    }

    // Whether the words say a cancel or stop cue anywhere ("laisse tomber la capitale du pérou" withdraws the question).
    private bool SaysWithdrawingCue(string[] keys) =>
        WithdrawingIntents.Any(intent => _cues.Cues.TryGetValue(intent, out var cues)
            && cues.Any(cue => !IsOneFunctionWord(cue) && cue.StartsIn(keys).Any()));
}
