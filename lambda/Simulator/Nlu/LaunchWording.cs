using System.Text.Json;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// A launch said in other words (session 14): the skill's invocation name with a launch verb anywhere around it and
/// nothing but politeness and function words besides ("open even hoofdsteden van de wereld", "मेरे लिए दुनिया की
/// राजधानियाँ खोल दो", "ابغى ابدا عواصم العالم من جديد"), as Alexa launches a skill it hears named with a launch-like verb in
/// any order. Only the invocation name names the skill (and its spellings in <c>nameForms</c>, "दुनिया की राजधानियां"):
/// Alexa launches no skill by another name ("open world capitals" on a Hindi device). The other words are data per
/// language (LaunchWording.&lt;language&gt;.json): the launch verbs (<c>verbs</c>), the words said around a launch
/// (<c>around</c>: "for me", "again", "please", "can you") and a skill word said with the name (<c>skillWords</c>: "the
/// ... skill"). Every word must be one of these, a wake word, a filler, the name's own words, or a function word that is
/// no question word ("what is world capitals" asks about the skill); the name and one verb at least. A language without a
/// file has no such rule. A language that says the launch verb after the name (<c>verbAfterName</c>: Hindi "दुनिया की राजधानियाँ
/// खोलो बेटा पूछेगा") launches with a reason after the name too (NluEngine.ParseForm). Japanese says it so too, but there the
/// rule gained one older line and would open the skill for "世界の首都を評価して" (rate it): it has no such flag.
/// </summary>
internal sealed class LaunchWording
{
    public static readonly LaunchWording None = new([], [], []);

    private readonly IReadOnlyList<string[]> _names;
    private readonly IReadOnlyList<string[]> _verbs;
    private readonly IReadOnlyList<string[]> _around;
    private readonly HashSet<string> _nameWords;

    private LaunchWording(IReadOnlyList<string[]> names, IReadOnlyList<string[]> verbs, IReadOnlyList<string[]> around, bool verbAfterName = false)
    {
        _names = names;
        _verbs = verbs;
        _around = around;
        _nameWords = names.SelectMany(name => name).ToHashSet(StringComparer.Ordinal);
        VerbAfterName = verbAfterName;
    }

    /// <summary>The language says the launch verb after the skill's name (the optional <c>verbAfterName</c>).</summary>
    public bool VerbAfterName { get; }

    public static LaunchWording For(string locale, string invocationName, NluLexicon lexicon)
    {
        using var stream = LanguageDataFile.Open("LaunchWording", locale);
        return stream is null ? None : Parse(stream, invocationName, lexicon);
    }

    /// <summary>A file's contents (LaunchWording.&lt;language&gt;.json), for a skill with this invocation name.</summary>
    public static LaunchWording Parse(Stream stream, string invocationName, NluLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(invocationName);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        string[] Texts(string name) =>
            root.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(item => item.GetString() ?? "")] : [];
        var names = Phrases([invocationName, .. Texts("nameForms")], lexicon);
        var verbAfterName = root.TryGetProperty("verbAfterName", out var after) && after.ValueKind == JsonValueKind.True;
        return new LaunchWording(names, Phrases(Texts("verbs"), lexicon), Phrases([.. Texts("around"), .. Texts("skillWords")], lexicon), verbAfterName);
    }

    /// <summary>Whether the utterance is a launch in other words (the rule above).</summary>
    public bool IsLaunch(IReadOnlyList<Token> tokens, NluLexicon lexicon, IReadOnlyList<string[]> wakeWords)
    {
        if (_names.Count == 0)
            return false;
        var keys = tokens.SelectMany(token => lexicon.Expand(token.Key)).ToArray();
        var run = LaunchRunFrom(keys, 0, lexicon, wakeWords);
        return run.End == keys.Length && run.Named && run.Verb;
    }

    /// <summary>Whether the tokens say one of the launch verbs (<c>verbs</c>): "を開いて" does, "をお願い" and "skill" do not.</summary>
    public bool SaysVerb(IEnumerable<Token> tokens, NluLexicon lexicon)
    {
        var keys = tokens.SelectMany(token => lexicon.Expand(token.Key)).ToArray();
        return Enumerable.Range(0, keys.Length).Any(position => LongestAt(keys, position, _verbs) > 0);
    }

    /// <summary>Whether the tokens end with one of the launch verbs, words said around a launch after it or not, the verb
    /// beginning a word ("クイズしたいから開いて", "みんなと遊びたい"; not "再起動", where 起動 goes on a kanji word).</summary>
    public bool EndsWithVerb(IReadOnlyList<Token> tokens, NluLexicon lexicon)
    {
        var (keyArray, firstKey) = KeysOf(tokens, lexicon);
        var end = keyArray.Length;
        bool EndsWith(string[] phrase) => phrase.Length <= end && keyArray.AsSpan(end - phrase.Length, phrase.Length).SequenceEqual(phrase);
        while (end > 0)
        {
            if (_verbs.Any(verb => EndsWith(verb) && Array.IndexOf(firstKey, end - verb.Length) is var token and >= 0
                && InvocationForms.EndsAWord(tokens, token)))
            {
                return true;
            }
            if (_around.FirstOrDefault(EndsWith) is not { } around)
                return false;
            end -= around.Length;
        }
        return false;
    }

    /// <summary>The tokens before and after a launch in other words said inside the words (the name and a launch verb,
    /// with what may stand around a launch between and beside them: "für die crew <b>hauptstädte der welt starten</b>",
    /// "en plan <b>abre capitales del mundo</b>"), the launch the longest that begins first; null when the words say none
    /// or say nothing else.</summary>
    public (IReadOnlyList<Token> Before, IReadOnlyList<Token> After)? WordsAroundLaunch(IReadOnlyList<Token> tokens, NluLexicon lexicon, IReadOnlyList<string[]> wakeWords)
    {
        if (_names.Count == 0)
            return null;
        var (keyArray, firstKey) = KeysOf(tokens, lexicon);
        // Most utterances do not say the skill's name: they are passed over before any run is tried.
        if (!Enumerable.Range(0, keyArray.Length).Any(position => LongestAt(keyArray, position, _names) > 0))
            return null;
        for (var start = 0; start < tokens.Count; start++)
        {
            var run = LaunchRunFrom(keyArray, firstKey[start], lexicon, wakeWords);
            var end = Array.IndexOf(firstKey, run.End, start + 1);
            if (!run.Named || !run.Verb || end < 0)
                continue;
            return start == 0 && end == tokens.Count ? null : ([.. tokens.Take(start)], [.. tokens.Skip(end)]);
        }
        return null;
    }

    // Each token's keys after the lexicon's variants, and where each token's keys begin (and, last, where they end).
    private static (string[] Keys, int[] FirstKey) KeysOf(IReadOnlyList<Token> tokens, NluLexicon lexicon)
    {
        var firstKey = new int[tokens.Count + 1];
        var keys = new List<string>();
        for (var index = 0; index < tokens.Count; index++)
        {
            firstKey[index] = keys.Count;
            keys.AddRange(lexicon.Expand(tokens[index].Key));
        }
        firstKey[tokens.Count] = keys.Count;
        return ([.. keys], firstKey);
    }

    // How far from position the words are a launch's (the name, verbs, words said around a launch, wake words and words
    // that may stand around it), and whether they said the name and a verb.
    private (int End, bool Named, bool Verb) LaunchRunFrom(string[] keys, int position, NluLexicon lexicon, IReadOnlyList<string[]> wakeWords)
    {
        bool named = false, verb = false;
        while (position < keys.Length)
        {
            if (LongestAt(keys, position, _names) is > 0 and var name)
            {
                named = true;
                position += name;
            }
            else if (LongestAt(keys, position, _verbs) is > 0 and var launch)
            {
                verb = true;
                position += launch;
            }
            else if (Math.Max(LongestAt(keys, position, _around), LongestAt(keys, position, wakeWords)) is > 0 and var around)
            {
                position += around;
            }
            else if (MayStandAround(keys[position], lexicon))
            {
                position++;
            }
            else
            {
                break;
            }
        }
        return (position, named, verb);
    }

    // A filler, a word of the name said again ("de hoofdsteden quiz van de wereld"), or a function word that asks nothing.
    private bool MayStandAround(string key, NluLexicon lexicon) =>
        _nameWords.Contains(key)
        || lexicon.KindOf(key) == WordKind.Filler
        || (lexicon.KindOf(key) == WordKind.Function && !lexicon.QuestionWords.Contains(key));

    private static int LongestAt(string[] keys, int position, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0 && position + phrase.Length <= keys.Length && keys.AsSpan(position, phrase.Length).SequenceEqual(phrase))
                return phrase.Length;
        }
        return 0;
    }

    // Each phrase as its words' keys after the lexicon's variants, longest first.
    private static string[][] Phrases(IEnumerable<string> texts, NluLexicon lexicon) =>
        [.. texts.Select(text => lexicon.Tokenize(text).SelectMany(token => lexicon.Expand(token.Key)).ToArray())
            .Where(keys => keys.Length > 0)
            .OrderByDescending(keys => keys.Length)];
}
