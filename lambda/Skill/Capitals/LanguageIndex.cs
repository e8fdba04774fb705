namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// One language's names, aliases and shared names: by key for the exact match and the search inside a value,
/// as a list with letter counts for the forgiving match; the language's filler words, by first word; its one-word list
/// words; and its exclusion words ("not", "nicht"), as their words joined by spaces.
/// </summary>
internal sealed class LanguageIndex
{
    private readonly Dictionary<string, string[][]> _fillerByFirstWord;
    private readonly HashSet<string> _nameWords;
    private readonly string[] _prefixes;

    private LanguageIndex(Dictionary<string, NamedPlace> names, int maxNameWords, Dictionary<string, string[][]> fillerByFirstWord, HashSet<string> nameWords, string[] prefixes, HashSet<string> placeQualifiers, HashSet<string> exclusions, HashSet<string> listWords)
    {
        PlaceQualifiers = placeQualifiers;
        Exclusions = exclusions;
        ListWords = listWords;
        _nameWords = nameWords;
        _prefixes = prefixes;
        Names = names;
        MaxNameWords = maxNameWords;
        _fillerByFirstWord = fillerByFirstWord;
        Entries = [.. names.Select(entry => (entry.Key, entry.Value, LetterCounts.Of(entry.Key)))];
        MaxKeyLength = names.Keys.Select(key => key.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The longest key, for the search of names inside a text without spaces.</summary>
    public int MaxKeyLength { get; }

    public Dictionary<string, NamedPlace> Names { get; }

    /// <summary>Words that, said right before a place's name, name another place (<see cref="QualifiersOf"/>).</summary>
    public IReadOnlySet<string> PlaceQualifiers { get; }

    /// <summary>The language's exclusion words (<see cref="CapitalsData.ExclusionWords"/>), each as its comparable words joined by spaces.</summary>
    public IReadOnlySet<string> Exclusions { get; }

    /// <summary>The language's list words (<see cref="CapitalsData.ListWords"/>) of one word, in their comparable form.</summary>
    public IReadOnlySet<string> ListWords { get; }

    /// <summary>
    /// At least the most words any name of the language has ("united kingdom of great britain and northern ireland");
    /// a symbol counted as a word ("Antigua &amp; Barbuda") only makes the search try one longer run.
    /// </summary>
    public int MaxNameWords { get; }

    public (string Key, NamedPlace Place, LetterCounts Letters)[] Entries { get; }

    /// <summary>Whether a normalised word is a word of some name or alias of the language.</summary>
    public bool IsNameWord(string word) => _nameWords.Contains(word);

    public static LanguageIndex Build(string language, CapitalsData data)
    {
        var names = new Dictionary<string, NamedPlace>(StringComparer.Ordinal);
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        var maxNameWords = 0;
        var spoken = new List<(string[] Words, NamedPlace Place)>();
        void Add(string name, NamedPlace place)
        {
            var key = SpokenName.Normalize(name, language);
            if (key.Length == 0)
                return;
            if (names.TryGetValue(key, out var existing) && existing != place)
            {
                // A place's own name that is a shared name of a group holding the place ("Georgia") belongs to the group.
                if (existing.SharedName is { } group && place.Country is { } member && group.PlaceIds.Contains(member.Id))
                    return;
                throw new InvalidDataException($"'{name}' ({language}) names both {IdOf(existing)} and {IdOf(place)}.");
            }
            names[key] = place;
            var words = SpokenWords.Split(name, language, int.MaxValue)!;
            nameWords.UnionWith(words);
            // A hyphen joins the parts of a name ("Noord-Korea") that a speech recogniser may write as two words; a name
            // without one is split once.
            var spokenWords = name.Contains('-', StringComparison.Ordinal) ? SpokenWords.Split(name.Replace('-', ' '), language, int.MaxValue)! : words;
            spoken.Add(([.. spokenWords], place));
            maxNameWords = Math.Max(maxNameWords, name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        }

        foreach (var shared in data.SharedNames)
        {
            if (shared.Names.TryGetValue(language, out var sharedNames))
            {
                foreach (var name in sharedNames)
                    Add(name, new NamedPlace(null, shared));
            }
        }
        foreach (var country in data.Countries)
        {
            var place = new NamedPlace(country, null);
            foreach (var (_, name) in country.Names.EntriesIn(language))
                Add(name, place);
            if (country.Aliases.TryGetValue(language, out var aliases))
            {
                foreach (var alias in aliases)
                    Add(alias, place);
            }
            if (country.SentenceNames is not null && country.SentenceNames.TryGetValue(language, out var sentenceName))
                Add(sentenceName, place);
            if (country.QualifiedNames is not null && country.QualifiedNames.TryGetValue(language, out var qualifiedNames))
            {
                foreach (var qualifiedName in qualifiedNames)
                    Add(qualifiedName, place);
            }
        }
        var prefixes = data.WordPrefixes.TryGetValue(language, out var joined)
            ? joined.Select(prefix => SpokenName.Normalize(prefix, language)).Where(prefix => prefix.Length > 0).ToArray()
            : [];
        var exclusions = data.ExclusionWords.TryGetValue(language, out var phrases)
            ? phrases.Select(phrase => string.Join(' ', SpokenWords.Split(phrase, language, int.MaxValue)!)).Where(phrase => phrase.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        var listWords = data.ListWords.TryGetValue(language, out var joining)
            ? joining.Select(word => SpokenName.Normalize(word, language)).Where(word => word.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
        return new LanguageIndex(names, maxNameWords, FillerByFirstWord(language, data), nameWords, prefixes, QualifiersOf(spoken, names), exclusions, listWords);
    }

    // Words that make another place of the name after them: "noord" in "Noord-Korea" and "Noord-Ierland", "new" in "New
    // Mexico" and "New Jersey", so "noord holland" (a province the data does not have) is not Holland. A word counts when
    // the data's names use it so for at least two places, one of them unrelated to the place named after it (not its state,
    // not one of the places a shared name means: "staat" in "Staat Mexico" and "staat Georgia" names a kind), and more
    // often than before the same place's own name ("Noord-Macedonië" beside "Macedonië"; Arabic "جمهورية", said before
    // most states' own names, qualifies nothing). A word that begins the names of two places whose rest names no place
    // ("north" in "North Carolina" and "North Dakota") also qualifies the place it once names another of ("North Korea"
    // beside the shared "Korea"): so "north holland" is not Holland either.
    private static HashSet<string> QualifiersOf(List<(string[] Words, NamedPlace Place)> spoken, Dictionary<string, NamedPlace> names)
    {
        var otherPlaces = new Dictionary<string, HashSet<NamedPlace>>(StringComparer.Ordinal);
        var unrelated = new HashSet<string>(StringComparer.Ordinal);
        var beforeNoName = new Dictionary<string, HashSet<NamedPlace>>(StringComparer.Ordinal);
        var samePlace = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (words, place) in spoken)
        {
            if (words.Length < 2)
                continue;
            if (!names.TryGetValue(string.Concat(words.Skip(1)), out var named))
            {
                AddPlace(beforeNoName, words[0], place);
                continue;
            }
            if (named == place)
            {
                samePlace[words[0]] = samePlace.GetValueOrDefault(words[0]) + 1;
                continue;
            }
            AddPlace(otherPlaces, words[0], place);
            if (!IsRelated(place, named))
                unrelated.Add(words[0]);
        }
        return otherPlaces.Where(entry => IsQualifier(entry.Key, entry.Value)).Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);

        bool IsQualifier(string word, HashSet<NamedPlace> others)
        {
            var same = samePlace.GetValueOrDefault(word);
            if (others.Count >= 2 && unrelated.Contains(word))
                return others.Count > same;
            var beforeNothing = beforeNoName.TryGetValue(word, out var places) ? places.Count(place => !others.Contains(place)) : 0;
            return beforeNothing >= 2 && others.Count + beforeNothing > same;
        }
    }

    private static void AddPlace(Dictionary<string, HashSet<NamedPlace>> places, string word, NamedPlace place)
    {
        if (places.TryGetValue(word, out var set))
            set.Add(place);
        else
            places[word] = [place];
    }

    // A state of the country named, or one of the places a shared name means.
    private static bool IsRelated(NamedPlace place, NamedPlace named) =>
        place.Country is { } country
        && (named.SharedName?.PlaceIds.Contains(country.Id) == true || (named.Country is { } parent && country.Parent == parent.Id));

    /// <summary>
    /// The normalised words of <paramref name="spoken"/> with the filler phrases removed (longest phrase first at
    /// each position) and a word that is no word of a name, but a joined prefix followed by one, read as that word
    /// ("وآيسلندا" as "آيسلندا"); null when the text has more than <paramref name="maxWords"/> words.
    /// <paramref name="fillerBefore"/>, when given, receives the index of each kept word that follows removed filler words.
    /// </summary>
    public List<string>? WordsWithoutFiller(string spoken, string language, int maxWords, List<int>? fillerBefore = null)
    {
        var words = SpokenWords.Split(spoken, language, maxWords);
        if (words is not null && _prefixes.Length > 0)
            words = words.ConvertAll(WithoutPrefix);
        if (words is null || _fillerByFirstWord.Count == 0)
            return words;
        var kept = new List<string>(words.Count);
        for (var position = 0; position < words.Count;)
        {
            var filler = LongestFillerAt(words, position);
            if (filler > 0)
            {
                position += filler;
                fillerBefore?.Add(kept.Count);
                continue;
            }
            kept.Add(words[position]);
            position++;
        }
        return kept;
    }

    private string WithoutPrefix(string word)
    {
        if (_nameWords.Contains(word))
            return word;
        var prefix = Array.Find(_prefixes, prefix => word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal)
            && _nameWords.Contains(word[prefix.Length..]));
        return prefix is null ? word : word[prefix.Length..];
    }

    private int LongestFillerAt(List<string> words, int position)
    {
        if (!_fillerByFirstWord.TryGetValue(words[position], out var phrases))
            return 0;
        foreach (var phrase in phrases)
        {
            if (position + phrase.Length > words.Count)
                continue;
            var matches = true;
            for (var offset = 1; offset < phrase.Length && matches; offset++)
                matches = words[position + offset] == phrase[offset];
            if (matches)
                return phrase.Length;
        }
        return 0;
    }

    // Phrases grouped by their first word, longest first, so "the capital of" wins over "the capital".
    private static Dictionary<string, string[][]> FillerByFirstWord(string language, CapitalsData data)
    {
        if (!data.FillerWords.TryGetValue(language, out var phrases))
            return new Dictionary<string, string[][]>(StringComparer.Ordinal);
        return phrases
            .Select(phrase => SpokenWords.Split(phrase, language, int.MaxValue)!.ToArray())
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(words => words.Length).ToArray(), StringComparer.Ordinal);
    }

    private static string IdOf(NamedPlace place) => place.Country?.Id ?? place.SharedName?.Id ?? "?";
}
