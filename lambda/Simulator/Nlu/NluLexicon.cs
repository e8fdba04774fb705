using System.Text.Json;

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

    private NluLexicon(HashSet<string> fillers, HashSet<string> functionWords, Dictionary<string, string[]> variants)
    {
        _fillers = fillers;
        _functionWords = functionWords;
        _variants = variants;
    }

    public static NluLexicon For(string locale)
    {
        var language = locale.Split('-')[0].ToLowerInvariant();
        using var stream = typeof(NluLexicon).Assembly.GetManifestResourceStream($"WorldCapitals.Simulator.Nlu.NluLexicon.{language}.json");
        if (stream is null)
            return new NluLexicon([], [], []);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var variants = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var variant in root.GetProperty("variants").EnumerateObject())
            variants[Tokenizer.KeyOf(variant.Name)] = Tokenizer.Tokenize(variant.Value.GetString() ?? "").Select(token => token.Key).ToArray();
        return new NluLexicon(Keys(root.GetProperty("fillers")), Keys(root.GetProperty("functionWords")), variants);
    }

    public WordKind KindOf(string key) =>
        _fillers.Contains(key) ? WordKind.Filler : _functionWords.Contains(key) ? WordKind.Function : WordKind.Content;

    /// <summary>The words a word's key stands for: its variant's words ("whats" -> "what", "is"), else itself.</summary>
    public IReadOnlyList<string> Expand(string key) => _variants.TryGetValue(key, out var words) ? words : [key];

    private static HashSet<string> Keys(JsonElement array) =>
        array.EnumerateArray().Select(word => Tokenizer.KeyOf(word.GetString() ?? "")).ToHashSet(StringComparer.Ordinal);
}
