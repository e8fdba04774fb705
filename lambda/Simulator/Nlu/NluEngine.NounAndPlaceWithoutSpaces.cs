namespace WorldCapitals.Simulator.Nlu;

/// <summary>The noun-and-place rule in a language written without spaces (Japanese; see the summary of
/// <see cref="NluEngine"/>): a sentence no other rule reads that names one place, then the question's noun (ClauseWords'
/// questionNouns: "首都", "州都"), and asks something after the place (ClauseWords' askingWords: "どこ", "教え", "知り") asks
/// for that place's capital, with a scene around it ("犬吠埼の灯台で写真撮ってやったらインドから来たって言うからよ首都教えてくれや",
/// "益田の孫がなモンテネグロの首都を調べよるんじゃがわしゃようわからんけえ教えてや"). Each character is a word there, so the nouns
/// and asking words are runs of characters, and a place or a noun counts only as a whole word: it cuts no run of its
/// script ("たい" in "来たいうとった" is no Thailand, "州都" in "欧州都市" no noun, "首都圏" another word). The sentence says
/// nothing of another fact, topic or time, no not-a-place noun, no cancel or stop cue at its start or end (one inside tells
/// of something: "湖西線止まってしもて"), no noun before the place, and each
/// part (before the place, between it and the noun, after the noun) is at most MaxAroundClauseWords words as said.</summary>
public sealed partial class NluEngine
{
    private SampleMatch? QuestionFromNounAndPlaceWithoutSpaces(IReadOnlyList<Token> tokens, string text)
    {
        if (_questionNounRuns.Length == 0 || _askingRuns.Length == 0 || _placeType is null)
            return null;
        var keys = FirstReadings(tokens);
        var letters = string.Concat(keys);
        if (_clauseWords.SaysOtherFact(keys) || keys.Any(_clauseWords.PastMarkers.Contains) || WithdrawsRequest(keys, beforeQuestion: true)
            || _cues.OtherTopics.Any(topic => letters.Contains(topic, StringComparison.Ordinal))
            || _lexicon.NotPlaces.Any(noun => letters.Contains(noun, StringComparison.Ordinal)))
        {
            return null;
        }
        if (OnePlaceNamed(tokens, _placeType) is not { } place)
            return null;
        var nouns = RunsSaid(_questionNounRuns, keys).Where(noun => !IsOtherWordWithNoun(tokens, keys, noun, place)).ToList();
        if (nouns.Count == 0 || nouns.Any(noun => noun.Start < place.End)
            || Tokenizer.WordsSaid(tokens, 0, place.Start) > MaxAroundClauseWords
            || Tokenizer.WordsSaid(tokens, place.End, nouns[0].Start) > MaxAroundClauseWords
            || Tokenizer.WordsSaid(tokens, nouns[^1].End, tokens.Count) > MaxAroundClauseWords
            || !RunsSaid(_askingRuns, keys).Any(asking => asking.Start >= place.End))
        {
            return null;
        }
        return BarePlaceQuestion(tokens, place, text);
    }

    // Where the runs are said, each as [Start, End) of the keys.
    private static IEnumerable<(int Start, int End)> RunsSaid(string[][] runs, string[] keys) =>
        Enumerable.Range(0, keys.Length).SelectMany(start => runs.Where(run => ClauseWords.RunAt(keys, start, run)).Select(run => (start, start + run.Length)));

    // Whether a noun's run is part of another word: it begins inside a run of its script (not right after the place:
    // "日本首都"), or a run of its script goes on after it ("首都圏", "首都高") that is no asking word ("首都教えて").
    private bool IsOtherWordWithNoun(IReadOnlyList<Token> tokens, string[] keys, (int Start, int End) noun, PlaceMention place) =>
        (noun.Start != place.End && Tokenizer.CutsScriptRun(tokens, noun.Start))
        || (Tokenizer.CutsScriptRun(tokens, noun.End) && !_askingRuns.Any(run => ClauseWords.RunAt(keys, noun.End, run)));
}
