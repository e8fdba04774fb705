using System.Text.Json;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>
/// The usual phrasings of Amazon's built-in intents (help, stop, cancel, ...), per language, as data
/// (BuiltInPhrasings.&lt;language&gt;.json). Alexa recognises these without samples in the model; the
/// simulator uses them only for the built-in intents the model declares. A phrasing may name the skill:
/// "{invocation}" stands for the model's invocation name ("how do i use {invocation}").
/// </summary>
internal static class BuiltInPhrasings
{
    private const string InvocationPlaceholder = "{invocation}";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(string locale, string invocationName)
    {
        using var stream = LanguageDataFile.Open("BuiltInPhrasings", locale);
        if (stream is null)
            return new Dictionary<string, IReadOnlyList<string>>();
        using var document = JsonDocument.Parse(stream);
        var phrasings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var intent in document.RootElement.EnumerateObject())
        {
            phrasings[intent.Name] = intent.Value.EnumerateArray()
                .Select(phrase => (phrase.GetString() ?? "").Replace(InvocationPlaceholder, invocationName, StringComparison.Ordinal))
                .ToList();
        }
        return phrasings;
    }
}
