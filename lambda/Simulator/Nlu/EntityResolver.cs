using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// Resolves a captured value against a custom slot type's values and synonyms, ignoring case, accents and
/// punctuation (as Alexa's entity resolution does). A value outside the list is ER_SUCCESS_NO_MATCH. An article of the
/// language (the lexicon's <c>articles</c>) said before a value, or left out of one, does not change it: "the vatican"
/// resolves to "Vatican", "falklands" to "the Falklands", as Alexa's slot filling leaves an article to the carrier
/// phrase. A name said with a case ending of the language (the lexicon's <c>caseEndings</c>: the German genitive "palaus
/// hauptstadt", "des irans", the dative plural "von den niederlanden") resolves to the name when the value as said does
/// not, as the speaker means that place.
/// An article the language writes onto the word (the lexicon's <c>gluedArticles</c>, Arabic "ال") is dropped from
/// every word that keeps two letters or more, in the values and in what was said alike: "مكسيك" resolves to "المكسيك".
/// A word the language writes joined to the next (the lexicon's <c>prefixes</c>, Arabic "و", "ل", "ب") said onto a value
/// that does not resolve as said is read off it, as the skill reads it: "وجزر القمر" resolves to "جزر القمر" (the tokenizer
/// cannot split "وجزر", a word some values have inside: "جزيرة هيرد وجزر ماكدونالد").
/// Nothing else is forgiven: the skill's own match handles misspelt names.
/// </summary>
internal sealed class EntityResolver
{
    private readonly Dictionary<string, Dictionary<string, List<SlotTypeValue>>> _byType = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _innerWords = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _articles;
    private readonly IReadOnlyList<string> _caseEndings;
    private readonly IReadOnlyList<string> _gluedArticles;
    private readonly IReadOnlyList<string> _prefixes;

    public EntityResolver(IEnumerable<SlotType> types, NluLexicon lexicon)
    {
        _articles = lexicon.Articles;
        _caseEndings = lexicon.CaseEndings;
        _gluedArticles = lexicon.GluedArticles;
        _prefixes = [.. lexicon.Prefixes.OrderByDescending(prefix => prefix.Length)];
        foreach (var type in types)
        {
            var index = new Dictionary<string, List<SlotTypeValue>>(StringComparer.Ordinal);
            foreach (var value in type.Values)
            {
                foreach (var phrase in value.Synonyms.Prepend(value.Name))
                {
                    var said = Tokenizer.PhraseKey(phrase, lexicon.Elisions);
                    if (said.Length == 0)
                        continue;
                    _words.UnionWith(said.Split(' '));
                    AddInnerWords(said, lexicon);
                    var key = WithoutGluedArticles(said);
                    _words.UnionWith(key.Split(' '));
                    AddInnerWords(key, lexicon);
                    if (!index.TryGetValue(key, out var values))
                        index[key] = values = [];
                    if (!values.Contains(value))
                        values.Add(value);
                }
            }
            _byType[type.Name] = index;
        }
    }

    /// <summary>Whether a word (by key) is one of the words of the custom types' values and synonyms.</summary>
    public bool KnowsWord(string key) => _words.Contains(key);

    /// <summary>Whether a word (by key) follows a content word in a value or synonym ("republik" in "demokratische republik
    /// kongo"; not "peru" in "republic of peru"): a name that begins with it may be the end of a longer one.</summary>
    public bool FollowsAWordInAName(string key) => _innerWords.Contains(key);

    private void AddInnerWords(string key, NluLexicon lexicon)
    {
        var words = key.Split(' ');
        for (var index = 1; index < words.Length; index++)
        {
            if (lexicon.KindOf(words[index - 1]) == WordKind.Content)
                _innerWords.Add(words[index]);
        }
    }

    public bool IsCustomType(string typeName) => _byType.ContainsKey(typeName);

    /// <summary>Whether both keys resolve to values of one custom type ("gambia" and "zambia").</summary>
    public bool SameTypeValues(string first, string second) =>
        _byType.Values.Any(index => Lookup(index, first) is not null && Lookup(index, second) is not null);

    /// <summary>Null when <paramref name="typeName"/> is not a custom type of the model.</summary>
    public SlotResolution? Resolve(string typeName, string valueKey)
    {
        if (!_byType.TryGetValue(typeName, out var index))
            return null;
        return new SlotResolution(typeName, Lookup(index, valueKey) ?? WithoutCaseEnding(index, valueKey) ?? WithoutPrefix(index, valueKey) ?? []);
    }

    private List<SlotTypeValue>? WithoutPrefix(Dictionary<string, List<SlotTypeValue>> index, string valueKey)
    {
        foreach (var prefix in _prefixes)
        {
            if (valueKey.Length > prefix.Length + 1 && valueKey.StartsWith(prefix, StringComparison.Ordinal) && valueKey[prefix.Length] != ' '
                && Lookup(index, valueKey[prefix.Length..]) is { } values)
            {
                return values;
            }
        }
        return null;
    }

    private List<SlotTypeValue>? WithoutCaseEnding(Dictionary<string, List<SlotTypeValue>> index, string valueKey)
    {
        foreach (var ending in _caseEndings)
        {
            if (valueKey.Length > ending.Length + 1 && valueKey.EndsWith(ending, StringComparison.Ordinal) && Lookup(index, valueKey[..^ending.Length]) is { } values)
                return values;
        }
        return null;
    }

    private string WithoutGluedArticles(string key)
    {
        if (_gluedArticles.Count == 0)
            return key;
        var words = key.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var article = _gluedArticles.FirstOrDefault(article => words[i].Length >= article.Length + 2 && words[i].StartsWith(article, StringComparison.Ordinal));
            if (article is not null)
                words[i] = words[i][article.Length..];
        }
        return string.Join(' ', words);
    }

    private List<SlotTypeValue>? Lookup(Dictionary<string, List<SlotTypeValue>> index, string valueKey)
    {
        valueKey = WithoutGluedArticles(valueKey);
        if (index.TryGetValue(valueKey, out var values))
            return values;
        var space = valueKey.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && _articles.Contains(valueKey[..space]) && index.TryGetValue(valueKey[(space + 1)..], out values))
            return values;
        foreach (var article in _articles)
        {
            if (index.TryGetValue($"{article} {valueKey}", out values))
                return values;
        }
        return null;
    }
}
