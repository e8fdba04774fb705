using System.Text.Json;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// What the simulator reads a built-in request by when it is said with words around it, per language, as data
/// (BuiltInCues.&lt;language&gt;.json): the cue phrases of each built-in intent, parts of a request that Alexa's
/// built-in model weighs heavily ("uitleggen", "how does it work", "never mind"), which are anchors like a listed phrasing
/// but no sample of their own; the words that negate a request beyond the lexicon's negations ("geen", "never"); and
/// the nouns of other topics a request may be about (device things: "light", "music", "timer"), which keep a stop or a
/// cancel out of domain ("stop the music"); and the words that open a reason said after a stop or a cancel ("que", "weil",
/// "because", or a subject that begins a clause: "ich", "je", "we") or close one said before it (Japanese "から"); the
/// words for the skill and the people around the speaker, which a request may name ("das quiz", "la nonna"); and, in a
/// language written without spaces, the particles that tie a noun to the request after it ("予約をキャンセル"). A
/// language without a file has none.
/// </summary>
internal sealed class BuiltInCues
{
    public static readonly BuiltInCues None = new(new Dictionary<string, IReadOnlyList<Cue>>(StringComparer.Ordinal), new HashSet<string>(), new HashSet<string>(), [], [], new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    private BuiltInCues(IReadOnlyDictionary<string, IReadOnlyList<Cue>> cues, IReadOnlySet<string> negations, IReadOnlySet<string> otherTopics,
        IReadOnlyList<Cue> reasonOpeners, IReadOnlyList<Cue> reasonClosers, IReadOnlySet<string> skillWords, IReadOnlySet<string> objectMarkers, IReadOnlySet<string> possessiveMarkers)
    {
        SkillWords = skillWords;
        ObjectMarkers = objectMarkers;
        PossessiveMarkers = possessiveMarkers;
        Cues = cues;
        Negations = negations;
        OtherTopics = otherTopics;
        ReasonOpeners = reasonOpeners;
        ReasonClosers = reasonClosers;
    }

    /// <summary>Each built-in intent's cue phrases, each as its words' keys after the lexicon's variants.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Cue>> Cues { get; }

    /// <summary>Whether a cue of the intent has the word (by key).</summary>
    public bool Says(string intent, string key) => Cues.TryGetValue(intent, out var cues) && cues.Any(cue => cue.Keys.Contains(key));

    /// <summary>Words that negate a request (by key), in addition to the lexicon's negations.</summary>
    public IReadOnlySet<string> Negations { get; }

    /// <summary>Nouns of topics other than the skill's (by key).</summary>
    public IReadOnlySet<string> OtherTopics { get; }

    /// <summary>Nouns for the skill itself and for the people a request names (by key): "the game", "the app", "grandma",
    /// "the kids". A help, a stop or a cancel may say them and still be about the skill ("opa braucht hilfe mit dem ding").</summary>
    public IReadOnlySet<string> SkillWords { get; }

    /// <summary>Particles that mark what a request said right after acts on, in a language written without spaces (by key:
    /// Japanese "を", "が"): the noun before one is what the request is about ("予約をキャンセルしたい"), unless it is a skill
    /// word ("クイズをやめて") or written in hiragana (これ, の).</summary>
    public IReadOnlySet<string> ObjectMarkers { get; }

    /// <summary>Particles that make the noun before them the owner of what a request said right after is about (by key:
    /// Japanese "の"): a noun of another topic there takes the request with it ("テレビの使い方"); any other does not
    /// ("今日のゲームは終わり").</summary>
    public IReadOnlySet<string> PossessiveMarkers { get; }

    /// <summary>The words that open a reason clause said after a stop or a cancel ("cancela isso que a criança já dormiu").</summary>
    public IReadOnlyList<Cue> ReasonOpeners { get; }

    /// <summary>The words that close a reason clause said before a stop or a cancel ("寝るから終わり").</summary>
    public IReadOnlyList<Cue> ReasonClosers { get; }

    public static BuiltInCues For(string locale, NluLexicon lexicon)
    {
        using var stream = LanguageDataFile.Open("BuiltInCues", locale);
        return stream is null ? None : Parse(stream, lexicon);
    }

    /// <summary>A cue file's contents (BuiltInCues.&lt;language&gt;.json).</summary>
    public static BuiltInCues Parse(Stream stream, NluLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var cues = new Dictionary<string, IReadOnlyList<Cue>>(StringComparer.Ordinal);
        if (root.TryGetProperty("cues", out var intents))
        {
            foreach (var intent in intents.EnumerateObject())
                cues[intent.Name] = Phrases(intent.Value, lexicon);
        }
        return new BuiltInCues(cues, Keys(root, "negations"), Keys(root, "otherTopics"),
            root.TryGetProperty("reasonOpeners", out var openers) ? Phrases(openers, lexicon) : [],
            root.TryGetProperty("reasonClosers", out var closers) ? Phrases(closers, lexicon) : [], Keys(root, "skillWords"), Keys(root, "objectMarkers"), Keys(root, "possessiveMarkers"));
    }

    // A list of phrases, each as its words' keys after the lexicon's variants.
    private static Cue[] Phrases(JsonElement list, NluLexicon lexicon) =>
        [.. list.EnumerateArray()
            .Select(phrase => phrase.GetString() ?? "")
            .Select(phrase => new Cue(phrase, [.. lexicon.Tokenize(phrase).SelectMany(token => lexicon.Expand(token.Key))]))
            .Where(cue => cue.Keys.Length > 0)];

    private static HashSet<string> Keys(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(word => Tokenizer.KeyOf(word.GetString() ?? "")).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
}

/// <summary>A cue phrase as written and as its words' keys.</summary>
internal sealed record Cue(string Text, string[] Keys)
{
    /// <summary>Where the cue's keys stand, in order and in a row, in these keys.</summary>
    public IEnumerable<int> StartsIn(string[] keys) => ClauseWords.RunStarts(keys, Keys);
}
