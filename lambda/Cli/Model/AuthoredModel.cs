using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorldCapitals.Cli.Model;

/// <summary>One locale's authored sources: its language file and its own differences file (paths relative to the
/// repository root, '/' separators).</summary>
internal sealed record AuthoredLocale(string Locale, string LanguageFile, string LocaleFile);

/// <summary>
/// The authored voice models: interactionModel/&lt;language&gt;/language.json (Alexa's schema, everything but the
/// COUNTRY values, plus "grammar": phrase lists and per-intent templates) and one
/// interactionModel/&lt;language&gt;/&lt;locale&gt;.json per locale the skill ships in (<see cref="LocaleDifferences"/>).
/// A locale's model is its language's model with the locale's differences applied and the grammar expanded into
/// the intents' samples.
/// </summary>
internal static partial class AuthoredModel
{
    public const string Directory = "interactionModel";
    public const string LanguageFileName = "language.json";

    /// <summary>Every authored locale under the repository root, sorted by locale.</summary>
    /// <exception cref="CliException">A file is in the old one-file-per-locale place, or a language folder has
    /// locales but no language file.</exception>
    public static IReadOnlyList<AuthoredLocale> Find(string repositoryRoot)
    {
        var authored = Path.Combine(repositoryRoot, Directory);
        if (!System.IO.Directory.Exists(authored))
            return [];
        var misplaced = System.IO.Directory.EnumerateFiles(authored, "*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (misplaced is not null)
            throw new CliException($"{Directory}/{misplaced} is in the old layout: a locale's differences belong in {Directory}/<language>/<locale>.json beside {LanguageFileName} (see {Directory}/README.md).");

        var locales = new List<AuthoredLocale>();
        foreach (var folder in System.IO.Directory.EnumerateDirectories(authored).Where(path => LanguagePattern().IsMatch(Path.GetFileName(path))))
        {
            var language = Path.GetFileName(folder);
            var localeNames = System.IO.Directory.EnumerateFiles(folder, "*.json")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Where(name => LocalePattern().IsMatch(name) && name.StartsWith(language + "-", StringComparison.Ordinal))
                .ToList();
            if (localeNames.Count == 0)
                continue;
            if (!File.Exists(Path.Combine(folder, LanguageFileName)))
                throw new CliException($"{Directory}/{language} has locale files but no {LanguageFileName}.");
            locales.AddRange(localeNames.Select(locale =>
                new AuthoredLocale(locale, $"{Directory}/{language}/{LanguageFileName}", $"{Directory}/{language}/{locale}.json")));
        }

        return locales.OrderBy(locale => locale.Locale, StringComparer.Ordinal).ToList();
    }

    /// <summary>The locale's model in Alexa's schema, without the COUNTRY type.</summary>
    /// <exception cref="CliException">A file is not valid; the message names it.</exception>
    public static JsonObject Compose(AuthoredLocale source, string languageJson, string localeJson)
    {
        ArgumentNullException.ThrowIfNull(source);
        var model = ParseObject(languageJson, source.LanguageFile);
        var languageModel = model["interactionModel"]?["languageModel"] as JsonObject
            ?? throw Invalid(source.LanguageFile, "it has no interactionModel.languageModel object");
        if (languageModel["invocationName"]?.GetValueKind() != JsonValueKind.String)
            throw Invalid(source.LanguageFile, "languageModel.invocationName is missing or not a string");
        if (languageModel["intents"] is not JsonArray intents || intents.Any(intent => intent is not JsonObject))
            throw Invalid(source.LanguageFile, "languageModel.intents is missing or not an array of objects");

        PhraseGrammar grammar;
        try
        {
            grammar = ParseGrammar(model["grammar"]);
        }
        catch (CliException exception)
        {
            throw Invalid(source.LanguageFile, exception.Message);
        }

        LocaleDifferences differences;
        try
        {
            differences = LocaleDifferences.Parse(localeJson);
            grammar = differences.ApplyTo(grammar);
        }
        catch (CliException exception)
        {
            throw new CliException($"{source.LocaleFile} is not a valid locale differences file: {exception.Message}.", exception);
        }

        model.Remove("grammar");
        if (differences.InvocationName is not null)
            languageModel["invocationName"] = differences.InvocationName;
        try
        {
            AddSamples(intents.Cast<JsonObject>().ToList(), grammar);
        }
        catch (CliException exception)
        {
            throw new CliException($"{source.LanguageFile} with {source.LocaleFile}: {exception.Message}", exception);
        }

        return model;
    }

    /// <summary>Appends each intent's expanded templates to its authored samples.</summary>
    private static void AddSamples(List<JsonObject> intents, PhraseGrammar grammar)
    {
        var names = intents.Select(intent => intent["name"]?.GetValueKind() == JsonValueKind.String ? (string)intent["name"]! : "").ToList();
        var unknown = grammar.Templates.Keys.FirstOrDefault(name => !names.Contains(name));
        if (unknown is not null)
            throw new CliException($"the grammar has templates for {unknown}, which is not an intent of the model.");

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < intents.Count; index++)
        {
            var intent = intents[index];
            var slots = (intent["slots"] as JsonArray ?? [])
                .Select(slot => slot?["name"]?.GetValueKind() == JsonValueKind.String ? (string)slot["name"]! : "")
                .ToHashSet(StringComparer.Ordinal);
            var samples = LocaleDifferences.Strings(intent["samples"], $"{names[index]}.samples").ToList();
            samples.AddRange(grammar.Expand(names[index], slots).Where(sample => !samples.Contains(sample, StringComparer.OrdinalIgnoreCase)));
            foreach (var sample in samples)
            {
                var key = string.Join(' ', sample.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!owners.TryAdd(key, names[index]))
                {
                    throw new CliException(owners[key] == names[index]
                        ? $"the sample \"{sample}\" is twice in {names[index]}."
                        : $"the sample \"{sample}\" is in both {owners[key]} and {names[index]}; Alexa refuses a sample in two intents.");
                }
            }

            if (intent.ContainsKey("samples") || samples.Count > 0)
                intent["samples"] = new JsonArray(samples.Select(sample => (JsonNode?)JsonValue.Create(sample)).ToArray());
        }
    }

    private static PhraseGrammar ParseGrammar(JsonNode? node)
    {
        if (node is null)
            return PhraseGrammar.Empty;
        if (node is not JsonObject grammar || grammar.Any(pair => pair.Key is not ("lists" or "templates")))
            throw new CliException("grammar is not an object with only \"lists\" and \"templates\"");
        return new PhraseGrammar(StringLists(grammar["lists"], "grammar.lists"), StringLists(grammar["templates"], "grammar.templates"));
    }

    private static Dictionary<string, IReadOnlyList<string>> StringLists(JsonNode? node, string where) => node switch
    {
        null => new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
        JsonObject byName => byName.ToDictionary(pair => pair.Key, pair => LocaleDifferences.Strings(pair.Value, $"{where}.{pair.Key}"), StringComparer.Ordinal),
        _ => throw new CliException($"{where} is not an object"),
    };

    private static JsonObject ParseObject(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? throw Invalid(source, "it is not a JSON object");
        }
        catch (JsonException exception)
        {
            throw Invalid(source, $"it is not valid JSON ({exception.Message})");
        }
    }

    private static CliException Invalid(string source, string reason) => new($"{source} is not a valid interaction model: {reason}.");

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[a-z]{2}-[A-Z]{2}$")]
    private static partial Regex LocalePattern();
}
