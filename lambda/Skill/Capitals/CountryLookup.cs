using System.Collections.Concurrent;

namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// Finds a place from what the user said: an exact name or alias (case, accents, punctuation and a leading
/// article ignored); else a known name inside the text as a run of whole words, after dropping the language's
/// filler words ("tanzania called", "um france please"); else a forgiving match for a small speech-recognition
/// slip. It never guesses: text that is exactly some country's name or alias always means that country, text
/// that holds the names of two places means neither, and a slip as close to two places as to one gives no answer.
/// A name after a word that makes another place of it ("noord holland", "new guinea") is not that name.
/// One exception, which is not a guess: a place said right after another with only filler words between them (a
/// repair: "gambia i mean zambia", "denmark er norway", "mali no sorry malawi", or with a few words leading into the name
/// again, "coreia do norte errei da coreia do sul") is the speaker's correction of it, and so
/// are words said after a place and a filler that replace part of its name ("north dakota no south"). And a place said
/// after another and a word that excludes it (the language's exclusion words: "guinea not guinea-bissau", "niger nicht
/// nigeria") is not meant: the first place is.
/// A name that means several places ("Korea") is found as a <see cref="SharedName"/>. A country said with a small slip
/// of one of its own places ("sachsn in deutschland") is that place, as with its exact name ("punjab in india").
/// </summary>
public sealed class CountryLookup
{
    // A slot value with more words than this is not a place name with a few extra words: it is not searched.
    private const int MaxWordsSearched = 32;

    // A one-character name ("米") inside a text without spaces is too often part of another word ("南米").
    private const int MinNameInsideText = 2;

    // The most words besides fillers between a place and its repair: "de la" in "... attends non de la corée du sud".
    private const int MaxRepairLinkWords = 2;

    // The longest word that leads into a name again after a repair ("della").
    private const int MaxLinkWordLength = 5;

    // The most words of a place's slip said beside its country ("nuevo leom" in "nuevo leom en méxico").
    private const int MaxSlipWords = 3;

    private readonly CapitalsData _data;

    // One index per language, built on first use: a Lambda's cold start pays only for the language it serves.
    // Lazy: two first requests at once build it once.
    private readonly ConcurrentDictionary<string, Lazy<LanguageIndex>> _byLanguage = new(StringComparer.Ordinal);

    public CountryLookup(CapitalsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
    }

    public Country? FindById(string? id) => _data.FindById(id);

    /// <summary>The places that belong to the country with this id (its states, provinces, territories).</summary>
    public IEnumerable<Country> PlacesOf(string id) => _data.Countries.Where(place => place.Parent == id);

    /// <summary>The shared name with this group id ("KP+KR"), or null.</summary>
    public SharedName? FindSharedNameById(string? id) => _data.FindSharedNameById(id);

    /// <summary>The place whose name or alias, in the locale's language, the spoken text is, holds, or is a close slip of.</summary>
    public LookupResult FindBySpokenName(string? spoken, string locale)
    {
        if (string.IsNullOrWhiteSpace(spoken))
            return LookupResult.NotFound;
        var language = Country.Language(locale);
        var index = IndexFor(language);
        if (index.Names.Count == 0)
        {
            language = "en";
            index = IndexFor(language);
        }
        var key = SpokenName.Normalize(spoken, language);
        if (key.Length == 0)
            return LookupResult.NotFound;
        if (index.Names.TryGetValue(key, out var exact))
            return LookupResult.Of(exact, LookupMatch.Exact);

        // Japanese writes no spaces between words: a known name is looked for anywhere in what was said
        // ("あのベルギー", "すみませんイギリス").
        if (key.Any(TextFolding.IsSpacelessScript))
        {
            var (named, ambiguous, textQualifier) = FindInsideText(key, index, _data);
            if (ambiguous)
                return LookupResult.NotFound;
            if (named is not null)
                return LookupResult.Of(named.Value, LookupMatch.ExtraWords) with { Qualifier = textQualifier };
        }

        var fillerBefore = new List<int>();
        var words = index.WordsWithoutFiller(spoken, language, MaxWordsSearched, fillerBefore);
        if (words is null || words.Count == 0)
            return LookupResult.NotFound;
        var (inside, several, everyWord, qualifier, used) = FindInside(words, index, _data, fillerBefore);
        if (several)
            return LookupResult.NotFound;
        if (inside is { } place && (everyWord || qualifier is not null))
            return LookupResult.Of(place, LookupMatch.ExtraWords) with { Qualifier = qualifier };

        // A slip of a longer name explains every word, a shorter name inside it does not: "guinea bisau" is
        // Guinea-Bissau, not Guinea. A slip extends the name found inside, it never replaces it: Arabic "جمهورية بنين" is
        // Benin, not a slip of "جمهورية ألبانيا" (Albania's formal name).
        var remainder = SpokenName.Normalize(string.Join(' ', words), language);
        var (slip, slipKey) = remainder.Length == 0 ? (null, null) : ForgivingMatch(remainder, index.Entries);
        if (slip is not null && words.Count > 1 && !KeepsNameWords(slipKey!, words, index))
            (slip, slipKey) = (null, null);
        if (inside is { } found && (slip is null || slip == found || !Extends(slipKey!, found, words, index)))
        {
            if (PartRepair(words, used, fillerBefore, found, index) is { } repaired)
                return LookupResult.Of(repaired, LookupMatch.ExtraWords);
            return found.Country is { Parent: null } country && OwnPlaceSlip(words, used, country, index) is { } ownPlace
                ? LookupResult.Of(ownPlace, LookupMatch.Forgiving) with { Qualifier = country }
                : LookupResult.Of(found, LookupMatch.ExtraWords);
        }
        if (slip is { } corrected)
            return LookupResult.Of(corrected, LookupMatch.Forgiving);
        // A name said in two parts, one of them a filler word ("ne paul" for Nepal, German "ne" being a repair word), is a
        // slip of the whole value: tried last, when nothing else was found.
        return fillerBefore.Count > 0 && ForgivingMatch(key, index.Entries).Place is { } whole
            ? LookupResult.Of(whole, LookupMatch.Forgiving)
            : LookupResult.NotFound;
    }

    /// <summary>
    /// The places of a list said in one value ("spain and portugal"), in the order said: two to four parts joined by the
    /// language's list words, each the exact name or alias of a place (<see cref="PlaceList"/>). Null when the value is one
    /// place's name as a whole ("trinidad and tobago"), or is no such list ("sales and marketing": no part is guessed).
    /// </summary>
    public IReadOnlyList<LookupResult>? FindList(string? spoken, string locale)
    {
        if (string.IsNullOrWhiteSpace(spoken))
            return null;
        var language = Country.Language(locale);
        if (!_data.ListWords.TryGetValue(language, out var listWords) || listWords.Count == 0)
            return null;
        var index = IndexFor(language);
        if (index.Names.ContainsKey(SpokenName.Normalize(spoken, language)))
            return null;
        var glued = _data.WordPrefixes.TryGetValue(language, out var prefixes) ? prefixes : [];
        return SplitList(spoken.Trim(), listWords, glued, index, language);
    }

    // Its own method: the lambda's closure is allocated where its captured locals are declared, on every call (the warm
    // path's empty parent slot too) had it stayed in FindList.
    private static List<LookupResult>? SplitList(string spoken, IReadOnlyList<string> listWords, IReadOnlyList<string> glued, LanguageIndex index, string language) =>
        PlaceList.Split(spoken, listWords, glued, part => index.Names.TryGetValue(SpokenName.Normalize(part, language), out var place) ? place : null)
            ?.ConvertAll(place => LookupResult.Of(place, LookupMatch.Exact));

    // Runs of whole words, longest first; a word that is part of a found name is not reused. EveryWord: the
    // found names use every word. Two different places mean neither, except a country said with a place that belongs
    // to a country, or with a shared name one of whose places does ("punjab in india", "georgia in america"): the
    // country is then a qualifier of the other, which narrows it or, when it fits none of its places, is ignored (the
    // skill decides, and says which place it answers; it never guesses).
    // A place said right after another with only removed filler words between them corrects it (see the class summary);
    // one said after the other and an exclusion word ("niger nicht nigeria") is not meant: the first is.
    private static (NamedPlace? Place, bool Several, bool EveryWord, Country? Qualifier, bool[] Used) FindInside(List<string> words, LanguageIndex index, CapitalsData data, List<int> fillerBefore)
    {
        var used = new bool[words.Count];
        var found = new List<NamedPlace>(2);
        var runs = new List<(int Start, int End)>(2);
        for (var length = Math.Min(index.MaxNameWords, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                if (Array.IndexOf(used, true, start, length) >= 0)
                    continue;
                if (!index.Names.TryGetValue(string.Concat(words.GetRange(start, length)), out var place))
                    continue;
                if (!found.Contains(place))
                {
                    found.Add(place);
                    runs.Add((start, start + length));
                }
                if (found.Count > 2)
                    return (null, true, false, null, used);
                Array.Fill(used, true, start, length);
            }
        }
        var everyWord = Array.IndexOf(used, false) < 0;
        // "noord holland": a word that makes another place of the name right after it (LanguageIndex.PlaceQualifiers).
        if (found.Count == 1 && runs[0].Start > 0 && !fillerBefore.Contains(runs[0].Start) && index.PlaceQualifiers.Contains(words[runs[0].Start - 1]))
            return (null, false, false, null, used);
        if (found.Count < 2)
            return (found.Count == 0 ? null : found[0], false, everyWord, null, used);
        var later = runs[0].Start < runs[1].Start ? 1 : 0;
        var (earlierRun, laterRun) = (runs[1 - later], runs[later]);
        if (index.Exclusions.Contains(string.Join(' ', words.GetRange(earlierRun.End, laterRun.Start - earlierRun.End))))
            return (found[1 - later], false, everyWord, null, used);
        if (QualifiedPair(found, data) is { } qualified)
        {
            // A country said first, then a place of another country with more words after it, is the country: the
            // other name is then a word of the sentence ("peru para a prova", Portuguese "for the test", names no Pará).
            // Not two places of one shared name ("जॉर्जिया देश और जॉर्जिया स्टेट दोनों": both Georgias).
            if (qualified.Place == found[later] && laterRun.End < words.Count && !Belongs(qualified.Place, qualified.Qualifier!, data)
                && !ShareAName(qualified.Place, qualified.Qualifier!, data))
            {
                return (found[1 - later], false, false, null, used);
            }
            return (qualified.Place, false, everyWord, qualified.Qualifier, used);
        }
        if (IsRepair(words, earlierRun.End, laterRun.Start, fillerBefore, index))
            return (found[later], false, everyWord, null, used);
        if (earlierRun.End == laterRun.Start && BeginsANameOf(string.Concat(words.GetRange(earlierRun.Start, earlierRun.End - earlierRun.Start)), found[later], index))
            return (found[later], false, everyWord, null, used);
        return (null, true, false, null, used);
    }

    // Whether the words between a place's name and a later one make the later a repair of it: a removed filler word
    // between them ("mali stopp malawi"), with at most MaxRepairLinkWords other words, the little words that lead into
    // the name again ("coreia do norte errei da coreia do sul", "la corée du nord attends non de la corée du sud",
    // "philippinen ne von indonesien"): short words of the language's names ("da", "von", "della"), none that joins a
    // list ("kenya and the capital of uganda") or excludes ("niger is it not nigeria").
    private static bool IsRepair(List<string> words, int firstEnd, int laterStart, List<int> fillerBefore, LanguageIndex index) =>
        laterStart - firstEnd is >= 0 and <= MaxRepairLinkWords
        && fillerBefore.Exists(at => at >= firstEnd && at <= laterStart)
        && words.GetRange(firstEnd, laterStart - firstEnd).TrueForAll(word => word.Length <= MaxLinkWordLength
            && index.IsNameWord(word) && !index.ListWords.Contains(word) && !index.Exclusions.Contains(word));

    // Whether the words said right before a place's name begin another name of that place, one that is those words and a
    // name of it: "المملكة" is Saudi Arabia said alone, but in "المملكة النرويجية" it is the "مملكة" of Norway's "مملكة
    // النرويج", not a second place ("niger nigeria" stays two places).
    private static bool BeginsANameOf(string key, NamedPlace place, LanguageIndex index) =>
        index.Names.Any(name => name.Value == place && name.Key.Length > key.Length && name.Key.StartsWith(key, StringComparison.Ordinal)
            && index.Names.TryGetValue(name.Key[key.Length..], out var rest) && rest == place);

    // A country (not a place of one, not a shared name) can qualify another place.
    private static bool IsQualifier(NamedPlace place) => place.Country is { Parent: null } && place.SharedName is null;

    // A place of a country, or a shared name with one ("korea or japan" stays two places).
    private static bool CanBeQualified(NamedPlace place, CapitalsData data) =>
        place.Country is { Parent: not null }
        || place.SharedName?.PlaceIds.Any(id => data.FindById(id)?.Parent is not null) == true;

    // Whether a place, or one place of a shared name, is the country's.
    private static bool Belongs(NamedPlace place, Country country, CapitalsData data) =>
        place.Country?.Parent == country.Id
        || place.SharedName?.PlaceIds.Any(id => data.FindById(id)?.Parent == country.Id) == true;

    // Whether a place, or a shared name, and the country are named alike (both Georgias).
    private static bool ShareAName(NamedPlace place, Country country, CapitalsData data) =>
        place.SharedName?.PlaceIds.Contains(country.Id) == true
        || (place.Country is { } member && data.SharedNames.Any(shared => shared.PlaceIds.Contains(member.Id) && shared.PlaceIds.Contains(country.Id)));

    // Names inside a key of a language without spaces, longest first at each position, never overlapping; two
    // different places mean neither, except a country said with a place that belongs to a country, as in FindInside
    // ("インドのケーララ州": India qualifies Kerala).
    private static (NamedPlace? Place, bool Several, Country? Qualifier) FindInsideText(string key, LanguageIndex index, CapitalsData data)
    {
        var found = new List<NamedPlace>(2);
        for (var start = 0; start < key.Length;)
        {
            var length = Math.Min(index.MaxKeyLength, key.Length - start);
            while (length >= MinNameInsideText && !index.Names.ContainsKey(key.Substring(start, length)))
                length--;
            if (length < MinNameInsideText)
            {
                start++;
                continue;
            }
            var place = index.Names[key.Substring(start, length)];
            if (!found.Contains(place))
                found.Add(place);
            if (found.Count > 2)
                return (null, true, null);
            start += length;
        }
        if (found.Count < 2)
            return (found.Count == 0 ? null : found[0], false, null);
        return QualifiedPair(found, data) is { } qualified ? (qualified.Place, false, qualified.Qualifier) : (null, true, null);
    }

    // Of two places found, the one the other, a country, qualifies ("punjab in india"); null when neither qualifies the other.
    private static (NamedPlace Place, Country? Qualifier)? QualifiedPair(List<NamedPlace> found, CapitalsData data)
    {
        if (IsQualifier(found[0]) && CanBeQualified(found[1], data))
            return (found[1], found[0].Country);
        if (IsQualifier(found[1]) && CanBeQualified(found[0], data))
            return (found[0], found[1].Country);
        return null;
    }

    // A slip of several words is a slip of each word said (one word is a whole name's slip, above): a word that is itself a word of the language's names is kept as it is ("الجمهورية
    // العربية" is not a slip of "جمهورية صربيا", Serbia's formal name, as "عربية" is a word of names: "الجمهورية العربية
    // السورية"), and any other word is a slip of letters in the name: one letter anywhere, or two that keep the word's
    // beginning, as for a whole name ("guinea bisau" is Guinea-Bissau, "sao tomay" São Tomé; "الجمهورية الفلانية" is not
    // "جمهورية ألبانيا", two letters off at the start of the word).
    private static bool KeepsNameWords(string nameKey, List<string> words, LanguageIndex index) =>
        words.All(word => index.IsNameWord(word)
            ? nameKey.Contains(word, StringComparison.Ordinal)
            : EditDistance.InsideText(word, nameKey) is var distance
                && (distance <= 1 || (word.Length >= 2 && nameKey.Contains(word[..2], StringComparison.Ordinal))));

    // Whether a name's key holds a run of the words that names the place found inside them.
    private static bool Extends(string nameKey, NamedPlace inside, List<string> words, LanguageIndex index)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var end = start + 1; end <= words.Count; end++)
            {
                var run = string.Concat(words.GetRange(start, end - start));
                if (index.Names.TryGetValue(run, out var place) && place == inside && nameKey.Contains(run, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    // A repair of part of a name ("carolina do sul digo do norte", "corea del nord no del sud", "north dakota no south"): the
    // words said last, after a filler word, take the place of as many words of the name found just before them, and the
    // name that makes is another place's. The rest of the name is kept, so the words said last are no name of their own
    // (FindInside would have found two places); two different places made that way mean neither.
    private static NamedPlace? PartRepair(List<string> words, bool[] used, List<int> fillerBefore, NamedPlace found, LanguageIndex index)
    {
        var start = Array.IndexOf(used, true);
        var end = Array.LastIndexOf(used, true) + 1;
        var said = words.Count - end;
        if (start < 0 || said == 0 || said >= end - start || !fillerBefore.Contains(end))
            return null;
        NamedPlace? repaired = null;
        for (var at = start; at + said <= end; at++)
        {
            var name = string.Concat(words.GetRange(start, at - start).Concat(words.GetRange(end, said)).Concat(words.GetRange(at + said, end - at - said)));
            if (!index.Names.TryGetValue(name, out var place) || place == found)
                continue;
            if (repaired is not null && repaired != place)
                return null;
            repaired = place;
        }
        return repaired;
    }

    // A country said with a small slip of one of its own places is that place, the country its qualifier ("कनाडा के
    // सस्काचेवान", "sachsn in deutschland"), as "punjab in india" is with the exact name: the words the country's name left
    // unused, a run of up to MaxSlipWords of them, are a slip of exactly one place of that country. Tried only when the
    // country was found inside other words, so the exact and inside rules above always come first.
    private static NamedPlace? OwnPlaceSlip(List<string> words, bool[] used, Country country, LanguageIndex index)
    {
        var ownPlaces = Array.FindAll(index.Entries, entry => entry.Place.Country?.Parent == country.Id);
        NamedPlace? own = null;
        for (var start = 0; start < words.Count; start++)
        {
            for (var end = start + 1; end <= Math.Min(words.Count, start + MaxSlipWords) && !used[end - 1]; end++)
            {
                var run = words.GetRange(start, end - start);
                var (slip, slipKey) = ForgivingMatch(string.Concat(run), ownPlaces);
                if (slip is null || (run.Count > 1 && !KeepsNameWords(slipKey!, run, index)))
                    continue;
                if (own is not null && own != slip)
                    return null;
                own = slip;
            }
        }
        return own;
    }

    // The one place of the entries (a language's names, or some of them) a small slip away from the key, and the name's key;
    // null when none is, or when two are equally close.
    private static (NamedPlace? Place, string? Key) ForgivingMatch(string key, (string Key, NamedPlace Place, LetterCounts Letters)[] entries)
    {
        var allowed = AllowedEdits(key.Length);
        if (allowed == 0)
            return (null, null);

        var letters = LetterCounts.Of(key);
        NamedPlace? best = null;
        string? bestKey = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var (candidate, place, candidateLetters) in entries)
        {
            var limit = Math.Min(allowed, bestDistance);
            if (Math.Abs(candidate.Length - key.Length) > limit || letters.MinimumDistance(candidateLetters) > limit)
                continue;
            var distance = EditDistance.Compute(key, candidate, limit);
            if (distance > allowed || distance > bestDistance || !SlipsFrom(key, candidate, distance))
                continue;
            if (distance < bestDistance)
            {
                (best, bestKey, bestDistance, tied) = (place, candidate, distance, false);
            }
            else if (best != place)
            {
                tied = true;
            }
        }
        return tied ? (null, null) : (best, bestKey);
    }

    // A slip of one sound may fall anywhere; two slips that also change the first consonant make another name, not a slip
    // of this one: "gelderland", a Dutch province, is not "nederland". A first vowel heard as another vowel is still a
    // slip ("इस्वातिनी" is "एस्वाटिनी").
    private static bool SlipsFrom(string key, string candidate, int distance) =>
        distance < 2 || key[0] == candidate[0] || (IsVowelLetter(key[0]) && IsVowelLetter(candidate[0]));

    // The letters that begin a name with a vowel, in the scripts of the data (keys are folded: lower case, no accents,
    // hiragana as katakana, every alef form as ا).
    private static bool IsVowelLetter(char c) =>
        c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'
            or (>= '\u0904' and <= '\u0914')                                   // Devanagari independent vowels
            or '\u0627'                                                         // Arabic alef
            or '\u30A2' or '\u30A4' or '\u30A6' or '\u30A8' or '\u30AA';       // katakana a, i, u, e, o

    // Short names are too easily another word: "iran"/"iraq", "mali"/"malta". Longer ones tolerate more.
    private static int AllowedEdits(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    private LanguageIndex IndexFor(string language) =>
        _byLanguage.GetOrAdd(language, static (language, data) => new Lazy<LanguageIndex>(() => LanguageIndex.Build(language, data)), _data).Value;
}

/// <summary>What a name in the index stands for: one country, or a name shared by several places.</summary>
internal readonly record struct NamedPlace(Country? Country, SharedName? SharedName);

public enum LookupMatch
{
    None,
    Exact,

    /// <summary>A known name inside a value with extra words ("tanzania called").</summary>
    ExtraWords,
    Forgiving,
}

/// <summary>A country, or a shared name (<see cref="SharedName"/> set, <see cref="Country"/> null), or nothing; and a
/// country said with it that may narrow it (<see cref="Qualifier"/>: "india" in "punjab in india").</summary>
public readonly record struct LookupResult(Country? Country, LookupMatch Match, SharedName? SharedName = null, Country? Qualifier = null)
{
    public static LookupResult NotFound => new(null, LookupMatch.None);

    internal static LookupResult Of(NamedPlace place, LookupMatch match) => new(place.Country, match, place.SharedName);
}
