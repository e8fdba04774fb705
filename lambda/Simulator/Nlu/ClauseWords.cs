using System.Text.Json;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// The words that keep a clause around a capital question from being read past (ClauseWords.&lt;language&gt;.json; see
/// <see cref="NluEngine"/>'s clause-around-question rule): <see cref="OtherFacts"/>, words that ask about or name a fact
/// other than what the capital is (population, weather, time, distance, history, hotels, flights, "how many", "when"),
/// anywhere in the clause; <see cref="PastMarkers"/>, words of a past or former state ("was", "formerly"), in the clause
/// after the question, where they make the question a statement about what the capital was. A fact of several words ("wie
/// alt", "por qué") is read as a run of them. A language written without spaces (Japanese) lists words of several
/// characters too ("何語", "歴史"): they are read as runs of characters, so a single character of another fact need not
/// block a clause it is only part of ("英語の授業", "世界史のレポート").
/// <see cref="EndParticles"/> (optional): the particles that may end the question before a clause after it ("スイスの首都が
/// 出てこない", "の首都とか知らんし"); any other function word there still attaches the clause to the question ("首都の人口").
/// <see cref="QuestionTails"/> (optional): the words that close a question as a question of its own ("c'est laquelle", "cómo
/// se llama"); a question that ends with one may have a function word right before it ("on a parié sur la capitale de la
/// hongrie c'est laquelle"): the tail asks for the capital's name, so the clause cannot be asking about the capital;
/// but not one of <see cref="Genitives"/> (optional), which make the question a part of a noun before it ("les musées de la
/// capitale du pérou c'est quoi"). A tail may also be said after the question as the whole clause after it ("ich fahre
/// morgen in die hauptstadt von rumänien wie heißt die").
/// <see cref="QuestionLeads"/> (optional): the words that end a clause by pointing at the question said next, a verb and its
/// preposition ("on parie sur", "kam die frage auf"): a question after one may have that function word right before it
/// ("au garage on s'obstine sur la capitale du canada"), where any other function word attaches the question to the clause
/// ("the weather in the capital of peru").
/// <see cref="PurposeOpeners"/> (optional): the words that open a clause of the speaker's purpose ("pour", "c'est pour", "für",
/// "en * lettres", where * is any one word, a number): a clause after the question may begin with one ("la capitale du chili
/// c'est pour le quiz de demain"), where another function word attaches it to the question ("la capitale du pérou en hiver");
/// and a noun of another topic said just after one in the clause before the question is what the answer is for, not a
/// request of that topic ("für unseren podcast kurz die hauptstadt von kenia").
/// <see cref="SettingOpeners"/> (optional): the prepositions that say where the speaker is or heard of the question ("au", "dans",
/// "im", "alla"): a noun of another topic said just after one in the clause before the question is that place or source, not a
/// request of that topic ("ma grand-mère au salon veut savoir la capitale du sénégal", "im radio kam gerade die hauptstadt
/// von peru"); a noun of another topic said any other way still keeps the clause from being read past ("mets la radio").
/// <see cref="TyingPrepositions"/> (optional): the prepositions that tie a noun phrase after them to the rest of the sentence,
/// as what something is about or where something goes ("un article sur la capitale du pérou", "ein film über die hauptstadt
/// von peru", "tem voo pra capital da argentina"), unless a question lead ends with one ("on parie sur"): the noun-and-place
/// rule does not read a question noun said after one.
/// <see cref="QuestionNouns"/> and <see cref="AskingWords"/> (optional, for a language written without spaces, whose sample
/// words are characters): the question's nouns ("首都", "州都") and the words that make a sentence ask or request ("どこ",
/// "教え", "知り"), read as runs of characters by the noun-and-place rule (NluEngine.NounAndPlaceWithoutSpaces.cs).
/// A language without the file does not read clauses around a question.
/// </summary>
internal sealed class ClauseWords
{
    public static readonly ClauseWords None = new(new HashSet<string>(), [], new HashSet<string>(), [], [], new HashSet<string>(), [], [], [], [], [], []);

    /// <summary>The word of a purpose opener that stands for any one word ("en * lettres").</summary>
    public const string AnyWord = "*";

    private ClauseWords(IReadOnlySet<string> otherFacts, IReadOnlyList<string[]> otherFactRuns, IReadOnlySet<string> pastMarkers,
        IReadOnlyList<string[]> endParticles, IReadOnlyList<string> questionTails, IReadOnlySet<string> genitives,
        IReadOnlyList<string> purposeOpeners, IReadOnlyList<string> questionLeads, IReadOnlyList<string> settingOpeners,
        IReadOnlyList<string> tyingPrepositions, IReadOnlyList<string> questionNouns, IReadOnlyList<string> askingWords)
    {
        QuestionNouns = questionNouns;
        AskingWords = askingWords;
        TyingPrepositions = tyingPrepositions;
        PurposeOpeners = purposeOpeners;
        SettingOpeners = settingOpeners;
        QuestionLeads = questionLeads;
        OtherFacts = otherFacts;
        OtherFactRuns = otherFactRuns;
        PastMarkers = pastMarkers;
        EndParticles = endParticles;
        QuestionTails = questionTails;
        Genitives = genitives;
    }

    /// <summary>Words of another fact than the capital (by key).</summary>
    public IReadOnlySet<string> OtherFacts { get; }

    /// <summary>Words of another fact that are runs of several words (by their words' keys).</summary>
    public IReadOnlyList<string[]> OtherFactRuns { get; }

    /// <summary>The particles that may end a question before a clause after it (each as its words' keys).</summary>
    public IReadOnlyList<string[]> EndParticles { get; }

    /// <summary>The words that close a question as a question of its own, as written (the engine reads them with its
    /// lexicon: French "c'est" is two words there).</summary>
    public IReadOnlyList<string> QuestionTails { get; }

    /// <summary>Words that tie the question to a noun before it (by key): no question tail reads past them.</summary>
    public IReadOnlySet<string> Genitives { get; }

    /// <summary>The words that open a clause of the speaker's purpose, as written (the engine reads them with its lexicon,
    /// each <see cref="AnyWord"/> as any one word).</summary>
    public IReadOnlyList<string> PurposeOpeners { get; }

    /// <summary>The prepositions that say where the speaker is or heard of the question, as written (the engine reads them with
    /// its lexicon).</summary>
    public IReadOnlyList<string> SettingOpeners { get; }

    /// <summary>The prepositions that tie a noun phrase after them to the rest of the sentence, as written (the engine reads
    /// them with its lexicon).</summary>
    public IReadOnlyList<string> TyingPrepositions { get; }

    /// <summary>The words that end a clause by pointing at the question said next, as written (the engine reads them with its
    /// lexicon).</summary>
    public IReadOnlyList<string> QuestionLeads { get; }

    /// <summary>The question's nouns in a language written without spaces, as written (the engine reads them with its lexicon).</summary>
    public IReadOnlyList<string> QuestionNouns { get; }

    /// <summary>The words that make a sentence ask or request in a language written without spaces, as written (the engine reads
    /// them with its lexicon).</summary>
    public IReadOnlyList<string> AskingWords { get; }

    /// <summary>Whether the words say a word of another fact, one word or a run.</summary>
    public bool SaysOtherFact(string[] keys) =>
        keys.Any(OtherFacts.Contains) || OtherFactRuns.Any(run => RunStarts(keys, run).Any());

    /// <summary>Whether the words from <paramref name="start"/> on begin with an end particle.</summary>
    public bool EndParticleAt(string[] keys, int start) => EndParticles.Any(run => RunAt(keys, start, run));

    /// <summary>Whether the keys from <paramref name="start"/> on begin with the run.</summary>
    public static bool RunAt(string[] keys, int start, string[] run) =>
        start + run.Length <= keys.Length && keys.AsSpan(start, run.Length).SequenceEqual(run);

    /// <summary>Where the run stands in the keys: each start, in order.</summary>
    public static IEnumerable<int> RunStarts(string[] keys, string[] run) =>
        Enumerable.Range(0, keys.Length).Where(start => RunAt(keys, start, run));

    /// <summary>Words of a past or former state (by key).</summary>
    public IReadOnlySet<string> PastMarkers { get; }

    /// <summary>Whether the language has a file: without one, the rule does nothing.</summary>
    public bool IsEmpty => OtherFacts.Count == 0;

    public static ClauseWords For(string locale)
    {
        using var stream = LanguageDataFile.Open("ClauseWords", locale);
        return stream is null ? None : Parse(stream);
    }

    /// <summary>A clause-word file's contents.</summary>
    public static ClauseWords Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var otherFacts = Keys(root, "otherFacts");
        var otherFactRuns = new List<string[]>();
        foreach (var run in Runs(root, "otherFacts"))
        {
            if (run.Length == 1)
                otherFacts.Add(run[0]);
            // A word of several words is read as a run of them ("wie alt", "por qué"); it is still one key too, as the
            // lexicon may join it into one token.
            else
                otherFactRuns.Add(run);
        }
        return new ClauseWords(otherFacts, otherFactRuns, Keys(root, "pastMarkers"), Runs(root, "endParticles"), Phrases(root, "questionTails"), Keys(root, "genitives"),
            Phrases(root, "purposeOpeners"), Phrases(root, "questionLeads"), Phrases(root, "settingOpeners"),
            Phrases(root, "tyingPrepositions"), Phrases(root, "questionNouns"), Phrases(root, "askingWords"));
    }

    private static List<string[]> Runs(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list)
            ? [.. list.EnumerateArray().Select(word => Tokenizer.Tokenize(word.GetString() ?? "").Select(token => token.Key).ToArray()).Where(run => run.Length > 0)]
            : [];

    private static List<string> Phrases(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(phrase => phrase.GetString() ?? "").Where(phrase => phrase.Length > 0)] : [];

    private static HashSet<string> Keys(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(word => Tokenizer.KeyOf(word.GetString() ?? "")).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
}
