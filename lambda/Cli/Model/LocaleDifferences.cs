using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorldCapitals.Cli.Model;

/// <summary>Phrases a locale adds to or removes from one of its language's phrase lists or template sets.</summary>
internal sealed record PhraseChanges(IReadOnlyList<string> Add, IReadOnlyList<string> Remove);

/// <summary>
/// What one locale changes in its language's model (interactionModel/&lt;language&gt;/&lt;locale&gt;.json): an
/// optional own invocation name, and phrases added to or removed from lists ("lists") and intents' templates
/// ("templates"), each as { "add": [...], "remove": [...] }. Everything else comes from the language, so a phrase
/// added there reaches every locale of it.
/// </summary>
internal sealed record LocaleDifferences(
    string? InvocationName,
    IReadOnlyDictionary<string, PhraseChanges> Lists,
    IReadOnlyDictionary<string, PhraseChanges> Templates)
{
    private static readonly string[] Keys = ["invocationName", "lists", "templates"];

    /// <exception cref="CliException">The text is not a valid differences file.</exception>
    public static LocaleDifferences Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new CliException("it is not a JSON object");
        }
        catch (JsonException exception)
        {
            throw new CliException($"it is not valid JSON ({exception.Message})", exception);
        }

        var unknown = root.Select(pair => pair.Key).FirstOrDefault(key => !Keys.Contains(key));
        if (unknown is not null)
            throw new CliException($"unknown key \"{unknown}\" (allowed: {string.Join(", ", Keys)})");
        var invocationName = root["invocationName"] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => (string?)value,
            _ => throw new CliException("invocationName is not a string"),
        };
        return new LocaleDifferences(invocationName, ChangesByName(root, "lists"), ChangesByName(root, "templates"));
    }

    /// <summary>The language's grammar with this locale's changes.</summary>
    /// <exception cref="CliException">A change removes what is not there or adds what already is.</exception>
    public PhraseGrammar ApplyTo(PhraseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        return new PhraseGrammar(
            Apply(grammar.Lists, Lists, name => $"list <{name}>"),
            Apply(grammar.Templates, Templates, name => $"the {name} templates"));
    }

    private static Dictionary<string, IReadOnlyList<string>> Apply(
        IReadOnlyDictionary<string, IReadOnlyList<string>> original,
        IReadOnlyDictionary<string, PhraseChanges> changes,
        Func<string, string> describe)
    {
        var result = original.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (name, change) in changes)
        {
            var changed = result.TryGetValue(name, out var phrases) ? phrases.ToList() : [];
            foreach (var phrase in change.Remove)
            {
                if (!changed.Remove(phrase))
                    throw new CliException($"it removes \"{phrase}\" from {describe(name)}, which does not have it");
            }

            foreach (var phrase in change.Add)
            {
                if (changed.Contains(phrase))
                    throw new CliException($"it adds \"{phrase}\" to {describe(name)}, which already has it");
                changed.Add(phrase);
            }

            result[name] = changed;
        }

        return result;
    }

    private static Dictionary<string, PhraseChanges> ChangesByName(JsonObject root, string key)
    {
        var changes = new Dictionary<string, PhraseChanges>(StringComparer.Ordinal);
        if (root[key] is null)
            return changes;
        if (root[key] is not JsonObject byName)
            throw new CliException($"{key} is not an object");
        foreach (var (name, node) in byName)
        {
            if (node is not JsonObject change || change.Any(pair => pair.Key is not ("add" or "remove")))
                throw new CliException($"{key}.{name} is not an object with only \"add\" and \"remove\"");
            changes[name] = new PhraseChanges(Strings(change["add"], $"{key}.{name}.add"), Strings(change["remove"], $"{key}.{name}.remove"));
        }

        return changes;
    }

    internal static IReadOnlyList<string> Strings(JsonNode? node, string where) => node switch
    {
        null => [],
        JsonArray array when array.All(item => item?.GetValueKind() == JsonValueKind.String) => array.Select(item => (string)item!).ToList(),
        _ => throw new CliException($"{where} is not an array of strings"),
    };
}
