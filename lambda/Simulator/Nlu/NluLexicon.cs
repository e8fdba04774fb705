using System.Text.Json;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>How much a word weighs when an utterance and a sample differ by it.</summary>
internal enum WordKind
{
    /// <summary>An interjection or politeness word ("um", "okay", "please"): free to add or leave out.</summary>
    Filler = 0,

    /// <summary>An article, preposition or copula ("the", "of", "is"): cheap to add, leave out or swap.</summary>
    Function = 1,

    /// <summary>Any other word: what the sentence is about ("capital", "weather", "tell").</summary>
    Content = 2,
}

/// <summary>
/// The words of a language the NLU treats specially, as data (NluLexicon.&lt;language&gt;.json): filler words,
/// function words, and spoken or typed variants that mean the same words ("whats" is "what is"). A language
/// without a file has none: every word is a content word and is compared as it is.
/// </summary>
internal sealed class NluLexicon
{
    private readonly HashSet<string> _fillers;
    private readonly HashSet<string> _functionWords;
    private readonly Dictionary<string, string[]> _variants;

    private NluLexicon(HashSet<string> fillers, HashSet<string> functionWords, Dictionary<string, string[]> variants, LaunchPhrases launch)
    {
        _fillers = fillers;
        _functionWords = functionWords;
        _variants = variants;
        Launch = launch;
    }

    /// <summary>The spellings of the language's elided words written onto the next word ("l'", "d'", "dell'"): the
    /// optional <c>elisions</c> list. They are words of their own for matching.</summary>
    public IReadOnlySet<string> Elisions { get; private init; } = new HashSet<string>();

    /// <summary>The spellings of the words the language writes joined to the next word (Arabic "و", "and"): the optional
    /// <c>prefixes</c> list. A word that is not known but is one of them followed by a known word is read as two
    /// (<see cref="Tokenizer.SplitPrefixes"/>).</summary>
    public IReadOnlyList<string> Prefixes { get; private init; } = [];

    /// <summary>The spellings of the words a recogniser writes joined to the place name before them (Hindi "की" in
    /// "स्वीडनकी"): the optional <c>suffixes</c> list. A word that is not known but is a place's word followed by one of
    /// them is read as two (<see cref="Tokenizer.SplitSuffixes"/>).</summary>
    public IReadOnlyList<string> Suffixes { get; private init; } = [];

    /// <summary>The runs of words said apart that stand for other words (the optional <c>joins</c> object, each run mapped to
    /// the text of the words it stands for, read as the language's tokenizer reads text: Dutch "hoofd stad" to "hoofdstad",
    /// Hindi "राज धानी" to "राजधानी", Japanese "キャピタル" to "首都", which is two words, 首 and 都, as the samples have it; a run
    /// mapped to its own text is kept as one word, Japanese "宿題" to "宿題"), longest run first. Only runs that never mean
    /// anything else belong there: each word alone stays itself ("hoofd" is "head").</summary>
    public IReadOnlyList<WordJoin> Joins { get; private init; } = [];

    /// <summary>The words of a text as this language splits them (<see cref="Tokenizer.Tokenize(string, IReadOnlySet{string})"/>),
    /// with its <see cref="Joins"/> read as one word each (<see cref="Tokenizer.JoinRuns"/>): utterances and samples alike.</summary>
    public IReadOnlyList<Token> Tokenize(string text) => Tokenizer.JoinRuns(Tokenizer.Tokenize(text, Elisions), Joins);

    /// <summary>Fillers of more than one word ("thank you"; in Japanese, written without spaces, "あの" is two
    /// characters), each as its words' keys, longest first: every word of one is a filler where the whole phrase is said.</summary>
    public IReadOnlyList<string[]> FillerPhrases { get; private init; } = [];

    /// <summary><see cref="FillerPhrases"/> filed by their first word.</summary>
    internal PhraseIndex FillerPhrasesByFirstWord => _fillerPhrasesByFirstWord ??= new(FillerPhrases, phrase => phrase[0]);

    private PhraseIndex? _fillerPhrasesByFirstWord;

    /// <summary>The verbs that report someone else's question (the optional <c>reportedAsks</c> list, as phrases: Hindi
    /// "पूछ रहा है", "ने पूछा था", Dutch "vraagt"), each as its words' keys, longest first. Said within the first
    /// <see cref="UtteranceWords.MaxAskerWords"/> words, after whoever asks, they and the asker are fillers, whoever the
    /// asker is ("मेरा भाई पूछ रहा है कि ...", "onze buurvrouw vraagt ..."): the asker is any words, not a list of people.</summary>
    public IReadOnlyList<string[]> ReportedAsks { get; private init; } = [];

    /// <summary>The endings a sentence may close with that carry no meaning (the optional <c>sentenceEndings</c> list, as
    /// phrases: Japanese copulas, question particles and request auxiliaries, "ですか", "でしたっけ", "ください"), each as its words'
    /// keys, longest first: said last, one after another ("どこ" + "なの" + "かな"), they are fillers
    /// (<see cref="UtteranceWords"/>).</summary>
    public IReadOnlyList<string[]> SentenceEndings { get; private init; } = [];

    /// <summary><see cref="SentenceEndings"/> filed by their last word.</summary>
    internal PhraseIndex SentenceEndingsByLastWord => _sentenceEndingsByLastWord ??= new(SentenceEndings, phrase => phrase[^1]);

    private PhraseIndex? _sentenceEndingsByLastWord;

    /// <summary>The words a state's formal name adds after its everyday one (the optional <c>nameSuffixes</c> list, as
    /// phrases: Japanese 共和国, 連邦, 王国), each as its words' keys, longest first: said right after a known name inside an
    /// unknown value, they count as part of it (<see cref="NluEngine"/>).</summary>
    public IReadOnlyList<string[]> NameSuffixes { get; private init; } = [];

    private HashSet<string> HiraganaWords { get; init; } = [];

    /// <summary>Whether a filler, function word or sentence ending with this key (a phrase's keys joined by spaces) is
    /// written in hiragana in the lexicon: Japanese writes those in hiragana and foreign names in katakana, which fold to
    /// the same keys, so such a word is not itself where it is said in katakana (<see cref="UtteranceWords"/>).</summary>
    public bool IsHiraganaWord(string key) => HiraganaWords.Contains(key);

    /// <summary>The kind of a word as said: a filler, function word or sentence ending the lexicon writes in hiragana is a
    /// content word where the utterance writes it in katakana (the エ of "エジプト" is not "えー").</summary>
    public WordKind KindAsSaid(string key, bool inKatakana) => inKatakana && IsHiraganaWord(key) ? WordKind.Content : KindOf(key);

    /// <summary>The phrases with which a speaker abandons what they began and starts again (the optional <c>repairs</c>
    /// list: "i mean", "no wait"), and the forms of a preposition contracted with an article, which a restart may say in
    /// another form (the optional <c>prepositionForms</c> list of lists: ["de", "du", "des", "d'"]), and the postpositions
    /// of a language that puts them after the noun (the optional <c>postpositions</c> list: Hindi "की").</summary>
    public SpeechRepairs Repairs { get; private init; } = SpeechRepairs.None;

    /// <summary>The articles a place name may be said with or without (the optional <c>articles</c> list: "the"); see
    /// <see cref="EntityResolver"/>.</summary>
    public IReadOnlySet<string> Articles { get; private init; } = new HashSet<string>();

    /// <summary>The endings a name takes in another case (the optional <c>caseEndings</c> list: the German genitive "s",
    /// "Spaniens", "des Irans", and dative plural "n", "den Niederlanden"); see <see cref="EntityResolver"/>.</summary>
    public IReadOnlyList<string> CaseEndings { get; private init; } = [];

    /// <summary>The articles the language writes onto the word (Arabic "ال": the optional <c>gluedArticles</c> list, as keys):
    /// a place name may be said with or without one ("المكسيك", "مكسيك"); see <see cref="EntityResolver"/>.</summary>
    public IReadOnlyList<string> GluedArticles { get; private init; } = [];

    /// <summary>Verbs that make a request of their own ("spell", "define", "play": the optional <c>requestVerbs</c> list):
    /// a slot value that does not resolve never begins with one, so "spell capital" is not "{country} capital".</summary>
    public IReadOnlySet<string> RequestVerbs { get; private init; } = new HashSet<string>();

    /// <summary>Nouns that never name a place, the things a figurative "capital" is the capital of ("fashion", "tango",
    /// "coffee": the optional <c>notPlaces</c> list): a slot value that does not resolve never begins with one, with or
    /// without an article before it, so "the capital of fashion" is not a question about a place "fashion".</summary>
    public IReadOnlySet<string> NotPlaces { get; private init; } = new HashSet<string>();

    /// <summary>The entries of <see cref="NotPlaces"/> of several words, as their words' keys ("ilha da madeira",
    /// "west-vlaanderen"): a slot value that does not resolve never begins with one of these either. Not the entries of a
    /// script without spaces, whose letters <see cref="NeverBeginsAPlace"/> already compares.</summary>
    public IReadOnlyList<string[]> NotPlaceRuns { get; private init; } = [];

    // NotPlaceRuns by their first word, built on first use (IsInsideNotPlace).
    private ILookup<string, string[]>? _notPlaceRunsByFirstWord;

    /// <summary>Words that another word after them turns into a word of another sense ("capital" before "punishment",
    /// "gains", "one": the optional <c>otherSenses</c> object, each word mapped to the words that do): said together, the
    /// first is not the word the samples use, so "what is capital punishment in india" is not a capital question about India.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OtherSenses { get; private init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Words that a word said right before them turns into a word of another sense (Dutch "hoofdstad" after
    /// "culinaire", Hindi "राजधानी" after "आर्थिक": the optional <c>senseModifiers</c> object, each word mapped to the words
    /// that do): "de culinaire hoofdstad van frankrijk" is not a capital question about France.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> SenseModifiers { get; private init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>The most articles and function words before a not-place at the start of a value ("von der eifel").</summary>
    private const int MaxFunctionWordsBeforeNotPlace = 2;

    /// <summary>Whether a slot value that does not resolve cannot be a place: it begins with a request verb, or, for a
    /// slot of places (<paramref name="placeSlot"/>: a custom type, not a built-in one such as AMAZON.SearchQuery, whose
    /// value may be any noun), with a noun of <see cref="NotPlaces"/> or the words of one of several (after an article, if
    /// one is said, or the function words a value takes in when a sample without them matches: "vom allgäu", "von der
    /// eifel"). In a script without spaces, where the tokenizer reads a name letter by letter, the noun is found in the
    /// value's letters joined: "ユーゴスラビア" begins "ユーゴスラビアの首都".</summary>
    public bool NeverBeginsAPlace(IReadOnlyList<string> keys, bool placeSlot = true)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0 || keys[0].Length == 0)
            return false;
        var start = 0;
        while (start < keys.Count - 1 && start < MaxFunctionWordsBeforeNotPlace
            && (Articles.Contains(keys[start]) || KindOf(keys[start]) == WordKind.Function))
        {
            start++;
        }
        return RequestVerbs.Contains(keys[0])
            || (placeSlot && (NotPlaces.Contains(keys[start]) || BeginsWithNotPlaceRun(keys, start) || BeginsWithSpacelessNotPlace(keys)));
    }

    /// <summary>Whether the words <paramref name="start"/> to <paramref name="end"/> (exclusive) of these keys lie inside a
    /// not-place of several words said there and are not all of it (<see cref="NotPlaceRuns"/>): "amerika" in "zuid
    /// amerika", "holland" in "noord holland", "américa" in "américa do sul". They name no place: they are the
    /// not-place's words.</summary>
    public bool IsInsideNotPlace(string[] keys, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var runsByFirstWord = _notPlaceRunsByFirstWord ??= NotPlaceRuns.ToLookup(run => run[0], StringComparer.Ordinal);
        for (var at = start; at >= 0; at--)
        {
            foreach (var run in runsByFirstWord[keys[at]])
            {
                var runEnd = at + run.Length;
                if (runEnd >= end && (at < start || runEnd > end) && ClauseWords.RunAt(keys, at, run))
                    return true;
            }
        }
        return false;
    }

    private bool BeginsWithNotPlaceRun(IReadOnlyList<string> keys, int start) =>
        NotPlaceRuns.Any(run => keys.Skip(start).Take(run.Length).SequenceEqual(run));

    private bool BeginsWithSpacelessNotPlace(IReadOnlyList<string> keys)
    {
        if (!TextFolding.IsSpacelessScript(keys[0][0]))
            return false;
        var letters = string.Concat(keys);
        return NotPlaces.Any(noun => letters.StartsWith(noun, StringComparison.Ordinal));
    }

    /// <summary>The words that offer a choice ("or": the optional <c>alternatives</c> list): a value of a custom slot that does
    /// not resolve never holds one, as "X or Y" is two values, not one place ("عاصمة امريكا نيويورك ولا واشنطن" is the
    /// choice frame's two cities, not a place "امريكا نيويورك ولا واشنطن").</summary>
    public IReadOnlySet<string> Alternatives { get; private init; } = new HashSet<string>();

    /// <summary>The words that join places in a list, "and" and "or" (the optional <c>listWords</c> list: "en", "und", "और",
    /// "oder"): two places with one of these between them and at most one word of content after it are both meant ("ik ga
    /// naar peru en chili", "passei pela finlândia ou pela suécia"), not a scene's place and the one asked about.</summary>
    private HashSet<string> ListWords { get; init; } = [];

    /// <summary>Whether the token is one of <see cref="ListWords"/>, compared as written in lower case, accents kept: the
    /// Portuguese "e" (and) is not "é" (is), nor the Italian "e" "è".</summary>
    public bool IsListWord(Token token) => ListWords.Contains(token.Text.ToLowerInvariant());

    /// <summary>How the language launches a skill (the optional <c>invocation</c> section).</summary>
    public LaunchPhrases Launch { get; }

    /// <summary>The words that begin a question or a request ("what", "tell": the optional <c>questionWords</c> list),
    /// after which a question may follow a context clause of any words (<see cref="NluEngine"/>).</summary>
    public IReadOnlySet<string> QuestionWords { get; private init; } = new HashSet<string>();

    /// <summary>The words that refer back to a place named before them, each with what it stands for (the optional
    /// <c>placeReferences</c> object: Dutch "daar" -> "in {place}", English "its capital" -> "the capital of {place}"), longest
    /// first; see <see cref="NluEngine"/>'s place-reference rule.</summary>
    public IReadOnlyList<PlaceReference> PlaceReferences { get; private init; } = [];

    public static NluLexicon For(string locale)
    {
        using var stream = LanguageDataFile.Open("NluLexicon", locale);
        return stream is null ? new NluLexicon([], [], [], LaunchPhrases.Default) : Parse(stream);
    }

    /// <summary>A lexicon file's contents (NluLexicon.&lt;language&gt;.json).</summary>
    public static NluLexicon Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var variants = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var variant in root.GetProperty("variants").EnumerateObject())
            variants[Tokenizer.KeyOf(variant.Name)] = Tokenizer.Tokenize(variant.Value.GetString() ?? "").Select(token => token.Key).ToArray();
        var launch = root.TryGetProperty("invocation", out var invocation)
            ? new LaunchPhrases(
                Phrases(invocation, "wakeWords"), Phrases(invocation, "launchVerbs"), Phrases(invocation, "connectingWords"), Phrases(invocation, "launchEndings"))
            { Openers = Phrases(invocation, "requestOpeners") }
            : LaunchPhrases.Default;
        var elisions = root.TryGetProperty("elisions", out var elided)
            ? elided.EnumerateArray().Select(word => Tokenizer.SpellingOf(word.GetString() ?? "")).ToHashSet(StringComparer.Ordinal)
            : [];
        WordJoin[] joins = root.TryGetProperty("joins", out var joinList)
            ? [.. joinList.EnumerateObject().Select(join => JoinOf(join, elisions)).OrderByDescending(join => join.Run.Count)]
            : [];
        // A filler phrase is compared with the utterance's words after their joins and variants ("don't" -> "do not"). The optional
        // bothWords ("both", "allebei", "الاثنين", "दोनों": said around a list of places or after a several-capital country)
        // are fillers too: kept apart as the words Alexa learns to leave outside a list's slot value.
        var fillers = root.GetProperty("fillers").EnumerateArray()
            .Concat(root.TryGetProperty("bothWords", out var both) ? both.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(filler => ExpandedKeys(filler.GetString() ?? "", elisions, variants, joins))
            .Where(words => words.Length > 0)
            .ToList();
        var repairs = new SpeechRepairs(OptionalPhrases(root, "repairs", elisions, variants, joins),
            root.TryGetProperty("prepositionForms", out var prepositions)
                ? [.. prepositions.EnumerateArray().Select(forms => Keys(forms).ToArray()).Where(forms => forms.Length > 0)]
                : null,
            HiraganaWritten(root, ["repairs"], elisions, variants, joins))
        {
            Postpositions = OptionalKeys(root, "postpositions").Select(key => variants.TryGetValue(key, out var words) ? words[0] : key).ToHashSet(StringComparer.Ordinal),
            Negations = OptionalKeys(root, "negations"),
            TrailingNegations = OptionalKeys(root, "trailingNegations"),
        };
        return new NluLexicon(
            fillers.Where(words => words.Length == 1).Select(words => words[0]).ToHashSet(StringComparer.Ordinal),
            Keys(root.GetProperty("functionWords")),
            variants,
            launch)
        {
            // The optional lists: a language without one has none.
            Elisions = elisions,
            Joins = joins,
            FillerPhrases = [.. fillers.Where(words => words.Length > 1).OrderByDescending(words => words.Length)],
            ReportedAsks = [.. OptionalPhrases(root, "reportedAsks", elisions, variants, joins).OrderByDescending(words => words.Length)],
            Prefixes = Spellings(root, "prefixes"),
            Suffixes = Spellings(root, "suffixes"),
            Repairs = repairs,
            Articles = OptionalKeys(root, "articles"),
            RequestVerbs = OptionalKeys(root, "requestVerbs"),
            CaseEndings = [.. OptionalKeys(root, "caseEndings").Where(ending => ending.Length > 0)],
            GluedArticles = [.. OptionalKeys(root, "gluedArticles").Where(article => article.Length > 0)],
            NotPlaces = OptionalKeys(root, "notPlaces"),
            NotPlaceRuns = OptionalRuns(root, "notPlaces"),
            OtherSenses = root.TryGetProperty("otherSenses", out var senses)
                ? senses.EnumerateObject().ToDictionary(word => Tokenizer.KeyOf(word.Name), word => (IReadOnlySet<string>)Keys(word.Value), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlySet<string>>(),
            SenseModifiers = root.TryGetProperty("senseModifiers", out var modifiers)
                ? modifiers.EnumerateObject().ToDictionary(word => Tokenizer.KeyOf(word.Name), word => (IReadOnlySet<string>)Keys(word.Value), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlySet<string>>(),
            QuestionWords = OptionalKeys(root, "questionWords"),
            Alternatives = OptionalKeys(root, "alternatives"),
            ListWords = root.TryGetProperty("listWords", out var listWords)
                ? listWords.EnumerateArray().Select(word => (word.GetString() ?? "").ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
                : [],
            HiraganaWords = HiraganaWritten(root, ["fillers", "functionWords", "sentenceEndings"], elisions, variants, joins),
            NameSuffixes = [.. OptionalPhrases(root, "nameSuffixes", elisions, variants, joins).OrderByDescending(words => words.Length)],
            SentenceEndings = [.. OptionalPhrases(root, "sentenceEndings", elisions, variants, joins).OrderByDescending(words => words.Length)],
            PlaceReferences = root.TryGetProperty("placeReferences", out var references)
                ? [.. references.EnumerateObject()
                    .Select(reference => new PlaceReference([.. Tokenizer.Tokenize(reference.Name, elisions).Select(token => token.Key)], reference.Value.GetString() ?? ""))
                    .Where(reference => reference.Keys.Length > 0 && reference.StandIn.Contains(PlaceReference.Place, StringComparison.Ordinal))
                    .OrderByDescending(reference => reference.Keys.Length)]
                : [],
        };
    }

    // A join's run must be two words or more and stand for one word or more: anything else is a mistake in the lexicon
    // file. A run mapped to its own words is one word, its keys written together ("宿題": "宿題" is the one word 宿題).
    private static WordJoin JoinOf(JsonProperty join, IReadOnlySet<string> elisions)
    {
        string[] run = [.. Tokenizer.Tokenize(join.Name, elisions).Select(token => token.Key)];
        string[] words = [.. Tokenizer.Tokenize(join.Value.GetString() ?? "", elisions).Select(token => token.Key)];
        if (run.Length < 2 || words.Length == 0)
            throw new InvalidDataException($"The join \"{join.Name}\" must map a run of two words or more to words, not to \"{join.Value}\".");
        return new WordJoin(run, words.SequenceEqual(run) ? [string.Concat(run)] : words, join.Name.Any(TextFolding.IsHiragana));
    }

    // The keys (joined by spaces) of the phrases of these lists written with hiragana.
    private static HashSet<string> HiraganaWritten(
        JsonElement root, string[] lists, IReadOnlySet<string> elisions, Dictionary<string, string[]> variants, IReadOnlyList<WordJoin> joins) =>
        lists
            .SelectMany(name => root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(word => word.GetString() ?? "") : [])
            .Where(word => word.Any(TextFolding.IsHiragana))
            .Select(word => string.Join(' ', ExpandedKeys(word, elisions, variants, joins)))
            .ToHashSet(StringComparer.Ordinal);

    // The optional list 'name' (none where the language has no such list), each phrase as its words' keys after their joins
    // and variants.
    private static string[][] OptionalPhrases(
        JsonElement root, string name, IReadOnlySet<string> elisions, Dictionary<string, string[]> variants, IReadOnlyList<WordJoin> joins) =>
        root.TryGetProperty(name, out var list)
            ? [.. list.EnumerateArray().Select(phrase => ExpandedKeys(phrase.GetString() ?? "", elisions, variants, joins)).Where(words => words.Length > 0)]
            : [];

    // A phrase read as utterances are: its runs joined (Japanese "確認したいんだけど" ends in the one word んだけど), then
    // each word's variants.
    private static string[] ExpandedKeys(
        string phrase, IReadOnlySet<string> elisions, Dictionary<string, string[]> variants, IReadOnlyList<WordJoin> joins) =>
        [.. Tokenizer.JoinRuns(Tokenizer.Tokenize(phrase, elisions), joins)
            .SelectMany(token => variants.TryGetValue(token.Key, out var words) ? words : [token.Key])];

    // Each phrase as its words' keys, longest first, so "demande à" wins over "demande"; "" is the empty phrase.
    private static string[][] Phrases(JsonElement section, string name) =>
        section.TryGetProperty(name, out var array)
            ? [.. array.EnumerateArray().Select(phrase => Tokenizer.Tokenize(phrase.GetString() ?? "").Select(token => token.Key).ToArray()).OrderByDescending(words => words.Length)]
            : [];

    public WordKind KindOf(string key) =>
        _fillers.Contains(key) ? WordKind.Filler : _functionWords.Contains(key) ? WordKind.Function : WordKind.Content;

    /// <summary>Whether the lexicon itself knows the word: a filler, a function word or a variant.</summary>
    public bool Knows(string key) => _fillers.Contains(key) || _functionWords.Contains(key) || _variants.ContainsKey(key);

    /// <summary>The words a word's key stands for: its variant's words ("whats" -> "what", "is"), else itself.</summary>
    public IReadOnlyList<string> Expand(string key) => _variants.TryGetValue(key, out var words) ? words : [key];

    // The optional list's words as spellings (Tokenizer.SpellingOf), the empty ones left out.
    private static string[] Spellings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array)
            ? [.. array.EnumerateArray().Select(word => Tokenizer.SpellingOf(word.GetString() ?? "")).Where(word => word.Length > 0)]
            : [];

    private static HashSet<string> OptionalKeys(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) ? Keys(array) : [];

    // The entries of several words of an optional list in a script with spaces, each as its words' keys.
    private static List<string[]> OptionalRuns(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array)
            ? [.. array.EnumerateArray().Select(entry => Tokenizer.Tokenize(entry.GetString() ?? "").Select(token => token.Key).ToArray())
                .Where(run => run.Length > 1 && !TextFolding.IsSpacelessScript(run[0][0]))]
            : [];

    private static HashSet<string> Keys(JsonElement array) =>
        array.EnumerateArray().Select(word => Tokenizer.KeyOf(word.GetString() ?? "")).ToHashSet(StringComparer.Ordinal);
}
