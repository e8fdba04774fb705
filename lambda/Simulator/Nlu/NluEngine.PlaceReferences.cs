using WorldCapitals.Simulator.Model;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The place-reference rule (see the summary of <see cref="NluEngine"/>): a place named in a clause, then a
/// question that refers to it ("ik las net iets over venezuela wat is de hoofdstad van dat land").</summary>
public sealed partial class NluEngine
{
    /// <summary>The most words a clause before a question that refers back to its place may have (as said:
    /// <see cref="Tokenizer.WordsSaid"/>).</summary>
    public const int MaxPlaceClauseWords = 20;

    /// <summary>The most words of a place name the rule looks for (as said: <see cref="Tokenizer.WordsSaid"/>, so a long
    /// Japanese name such as リヒテンシュタイン is one word, not nine).</summary>
    private const int MaxPlaceWords = 6;

    /// <summary>The question with its reference to the one place said before it replaced by that place, or null.</summary>
    private SampleMatch? WithPlaceReference(IReadOnlyList<Token> tokens, string text)
    {
        if (_lexicon.PlaceReferences.Count == 0 || _model.FallbackSensitivity == FallbackSensitivity.High)
            return null;
        var keys = FirstReadings(tokens);
        for (var at = 1; at < tokens.Count; at++)
        {
            foreach (var reference in _lexicon.PlaceReferences)
            {
                if (!Tokenizer.KeysAt(tokens, at, reference.Keys))
                    continue;
                var end = at + reference.Keys.Length;
                if (PlaceBeforeReference(tokens, at, end) is { } place && place.End <= at && MayReferToPlace(tokens, keys, place, at, reference)
                    && QuestionAboutPlace(tokens, text, place, at, end, reference) is { } question)
                {
                    return question;
                }
            }
        }
        return null;
    }

    // Whether the words around the place and the reference may be a clause and a question about the place: no word of
    // another fact nor a past marker from the reference on, as said or as its variant reads it ("... उस देश की राजधानी कौन सी
    // थी", "... wat is daar het weer"); and a reference that is the question's own noun ("राजधानी", "hoofdstad") follows a
    // question word said after the place and a word the samples say: without one, the place and the noun are one phrase
    // ("भारत की आर्थिक राजधानी", "seit wann ist berlin die hauptstadt", "पाकिस्तान की पहली राजधानी कौन सी थी").
    private bool MayReferToPlace(IReadOnlyList<Token> tokens, string[] keys, PlaceMention place, int at, PlaceReference reference)
    {
        bool Says(IReadOnlySet<string> words, int index) => words.Contains(keys[index]) || words.Contains(tokens[index].Key);
        for (var index = at; index < tokens.Count; index++)
        {
            if (Says(_clauseWords.OtherFacts, index) || Says(_clauseWords.PastMarkers, index))
                return false;
        }
        var isQuestionNoun = reference.Keys.Length == 1 && IsQuestionNoun(_lexicon.Expand(reference.Keys[0])[0]);
        return !isQuestionNoun
            || (keys[place.End..at].Any(_lexicon.QuestionWords.Contains) && _wordIds.ContainsKey(keys[at - 1]));
    }

    // The question from a question word or a question's noun after the place ("ما اعرف عاصمة الولاية"), or from the reference
    // itself, with the reference replaced by its stand-in: the first that matches a sample with a literal content word
    // (a bare place is no question: "hoeveel inwoners heeft dat land" is not "{country}"), with every slot value
    // resolving and a value that is the place.
    private SampleMatch? QuestionAboutPlace(IReadOnlyList<Token> tokens, string text, PlaceMention place, int at, int end, PlaceReference reference)
    {
        var placeText = text[tokens[place.Start].Start..tokens[place.End - 1].End];
        var standIn = reference.StandIn.Replace(PlaceReference.Place, placeText, StringComparison.Ordinal);
        var rest = end < tokens.Count ? text[tokens[end - 1].End..] : "";
        for (var start = place.End; start <= at && Tokenizer.WordsSaid(tokens, 0, start) <= MaxPlaceClauseWords; start++)
        {
            if (start < at && !BeginsQuestion(tokens[start]))
                continue;
            var question = $"{text[tokens[start].Start..tokens[at].Start]}{standIn} {rest}".Trim();
            var questionTokens = Tokenizer.SplitPrefixes(_lexicon.Tokenize(question), _lexicon.Prefixes, IsKnownWord);
            var words = Words(questionTokens, question);
            var matcher = Matcher(words);
            var match = BestExact(matcher) ?? BestNearMiss(matcher, words);
            if (match is not null && match.Sample.Parts.Any(IsContentLiteral) && match.Captures.All(capture => capture.Span.Resolves)
                && match.Captures.Any(capture => capture.Span.Resolution!.Matches.Intersect(place.Values).Any()))
            {
                return match;
            }
        }
        return null;
    }

    // A question word of the lexicon, or a word that many samples say as a slot's noun ("hoofdstad", "عاصمة").
    private bool BeginsQuestion(Token token)
    {
        var key = _lexicon.Expand(token.Key)[0];
        return _lexicon.QuestionWords.Contains(key) || IsQuestionNoun(key);
    }

    private bool IsQuestionNoun(string key) => _wordIds.TryGetValue(key, out var id) && QuestionNounIds().Contains(id);

    // The place the reference refers to: the last place named before it (the same place said twice, "डाहोमी जो अब बेनिन है",
    // is one), or null when none is, when another place is named after it, or when the one before it is one of a list
    // with it ("peru en chili", "नेपाल और भूटान": both are meant; NluLexicon.ListWords). A scene may name a place before the
    // one asked about: "le vol pour moroni il fait escale en éthiopie c'est quoi la capitale". A place said with its own
    // country beside it is one place, the country's (PlaceWithItsCountry): "in queensland in australien".
    private PlaceMention? PlaceBeforeReference(IReadOnlyList<Token> tokens, int referenceStart, int referenceEnd)
    {
        var saidKeys = SaidKeys(tokens);
        var named = new List<PlaceMention>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start >= referenceStart && start < referenceEnd)
                continue;
            var limit = start < referenceStart ? referenceStart : tokens.Count;
            if (LongestPlaceAt(tokens, saidKeys, start, limit) is not { } place)
                continue;
            start = place.End - 1;
            if (named.Count > 0 && place.NamesSamePlaceAs(named[^1]))
                continue;
            if (named.Count > 0 && place.Start < referenceStart && OnlyFunctionWordsBetween(tokens, named[^1].End, place.Start)
                && PlaceWithItsCountry(named[^1], place) is { } narrowed)
            {
                named[^1] = narrowed;
                continue;
            }
            if (named.Count > 0 && (place.Start >= referenceEnd || !SaysContentBetween(tokens, named[^1].End, place.Start)))
                return null;
            named.Add(place);
        }
        return named.Count > 0 ? named[^1] : null;
    }

    // Whether only function words (or none) stand between two places, and no list word: "queensland in australien",
    // "ऑस्ट्रेलिया के क्वींसलैंड"; a word written joined to the next and split off it is one there too, Arabic "ب" ("in") in
    // "سكسونيا بالمانيا" (it is no function word elsewhere: alone, "بلي" and "بالمحيط" would read as other words).
    private bool OnlyFunctionWordsBetween(IReadOnlyList<Token> tokens, int start, int end) =>
        tokens.Skip(start).Take(end - start).All(token => (KindAsRead(token.Key) == WordKind.Function || _lexicon.Prefixes.Contains(token.Key))
            && !_lexicon.IsListWord(token) && !_lexicon.Alternatives.Contains(token.Key));

    // Of two places said side by side, the one that belongs to the country the other is (in either order: "queensland in
    // australien", "オーストラリアのクイーンズランド州"), as the skill reads a place with its country: the country only
    // says which place is meant. Null when neither is the other's country, or when the place may be one of another
    // country too ("georgia" beside "amerika" stays two places).
    private static PlaceMention? PlaceWithItsCountry(PlaceMention first, PlaceMention second)
    {
        static bool BelongsTo(PlaceMention place, PlaceMention country) =>
            place.Values.All(value => CapitalsData.Embedded.FindById(value.Id)?.Parent is { } parent
                && country.Values.Any(countryValue => countryValue.Id == parent));
        if (BelongsTo(first, second))
            return first;
        return BelongsTo(second, first) ? second : null;
    }

    // Whether the words between two places make the first a scene's place, not one of a list: they hold a word of content
    // (no filler or function word), and after the last list word ("and", "or") among them more than one ("y mi vecina es de
    // nicaragua"; "ou pela suécia", "and then uganda" still list).
    private bool SaysContentBetween(IReadOnlyList<Token> tokens, int start, int end)
    {
        var between = tokens.Skip(start).Take(end - start).ToList();
        var afterList = between.FindLastIndex(token => _lexicon.IsListWord(token) || _lexicon.Alternatives.Contains(token.Key)) + 1;
        var content = ContentWordCount(between.Skip(afterList).Select(token => token.Key));
        return afterList == 0 ? content > 0 : content > 1;
    }

    // The longest place from 'start' on that neither begins nor ends inside a run of katakana, nor is written in hiragana in
    // an utterance that writes katakana, nor lies inside a not-place of several words ("américa" of "américa central"), of
    // the type when one is given. saidKeys are the tokens' keys as said (not as the lexicon reads them first), built
    // once by the caller for every start it tries.
    private PlaceMention? LongestPlaceAt(IReadOnlyList<Token> tokens, string[] saidKeys, int start, int limit, string? typeName = null)
    {
        if (Tokenizer.CutsKatakanaRun(tokens, start))
            return null;
        var longest = 0;
        while (start + longest < limit && Tokenizer.WordsSaid(tokens, start, start + longest + 1) <= MaxPlaceWords)
            longest++;
        for (var length = longest; length >= 1; length--)
        {
            if (Tokenizer.CutsKatakanaRun(tokens, start + length) || IsHiraganaAmidKatakana(tokens, start, start + length)
                || _lexicon.IsInsideNotPlace(saidKeys, start, start + length))
            {
                continue;
            }
            var key = string.Join(' ', tokens.Skip(start).Take(length).Select(token => token.Key));
            foreach (var type in _model.Types.Where(type => typeName is null || type.Name == typeName))
            {
                if (_resolver.Resolve(type.Name, key) is { IsMatch: true } resolution)
                    return new PlaceMention(start, start + length, resolution.Matches);
            }
        }
        return null;
    }

    // Whether the tokens are a name written in hiragana in an utterance that writes katakana: there names are katakana, and
    // hiragana is a verb's ending or particles, which folds to katakana ("たい" in "旅行したいんだけど" would be Thailand). A
    // child's kana ("ぼくねけにあにいきたいのしゅとどこ") still names places.
    private static bool IsHiraganaAmidKatakana(IReadOnlyList<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).All(index => Tokenizer.IsHiragana(tokens[index])) && tokens.Any(token => token.Text.Any(Tokenizer.IsKatakana));

    private sealed record PlaceMention(int Start, int End, IReadOnlyList<SlotTypeValue> Values)
    {
        public bool NamesSamePlaceAs(PlaceMention other) =>
            Values.Select(value => (value.Id, value.Name)).ToHashSet().SetEquals(other.Values.Select(value => (value.Id, value.Name)));
    }
}
