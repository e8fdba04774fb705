using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>A file the generator writes: its path relative to the repository root ('/' separators) and its bytes.</summary>
public sealed record GeneratedFile(string RelativePath, byte[] Content);

/// <summary>
/// Writes skill/interactionModels/custom/&lt;locale&gt;.json from interactionModel/&lt;locale&gt;.json (Alexa's schema,
/// everything but the COUNTRY values) and the capitals data (the COUNTRY values).
/// </summary>
public sealed partial class InteractionModelGenerator(CapitalsData data)
{
    public const string AuthoredDirectory = "interactionModel";
    public const string GeneratedDirectory = "skill/interactionModels/custom";
    public const string CountrySlotType = "COUNTRY";

    /// <summary>Every generated model, one per authored locale file, sorted by locale.</summary>
    /// <exception cref="CliException">No authored model, or one that is not valid.</exception>
    public IReadOnlyList<GeneratedFile> Generate(string repositoryRoot)
    {
        var authored = Path.Combine(repositoryRoot, AuthoredDirectory);
        var locales = Directory.Exists(authored)
            ? Directory.EnumerateFiles(authored, "*.json")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Where(name => LocalePattern().IsMatch(name))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (locales.Count == 0)
            throw new CliException($"No authored interaction model found: expected {AuthoredDirectory}/<locale>.json (for example en-US.json) under {repositoryRoot}.");

        return locales
            .Select(locale => new GeneratedFile(
                GeneratedPath(locale),
                GenerateLocale(locale, File.ReadAllText(Path.Combine(authored, locale + ".json")))))
            .ToList();
    }

    public static string GeneratedPath(string locale) => $"{GeneratedDirectory}/{locale}.json";

    /// <summary>The generated model of one locale, from the text of its authored model.</summary>
    /// <exception cref="CliException">The authored model is not valid.</exception>
    public byte[] GenerateLocale(string locale, string authoredJson)
    {
        var source = $"{AuthoredDirectory}/{locale}.json";
        var model = Parse(source, authoredJson);
        var languageModel = model["interactionModel"]?["languageModel"] as JsonObject
            ?? throw Invalid(source, "it has no interactionModel.languageModel object");
        if (languageModel["invocationName"]?.GetValueKind() != JsonValueKind.String)
            throw Invalid(source, "languageModel.invocationName is missing or not a string");
        if (languageModel["intents"] is not JsonArray)
            throw Invalid(source, "languageModel.intents is missing or not an array");

        var types = languageModel["types"] switch
        {
            null => AddTypes(languageModel),
            JsonArray array => array,
            _ => throw Invalid(source, "languageModel.types is not an array"),
        };
        if (types.Any(type => type?["name"]?.GetValueKind() == JsonValueKind.String && (string?)type["name"] == CountrySlotType))
            throw Invalid(source, $"it declares the {CountrySlotType} type; its values come from the capitals data, remove it");

        types.Add(CountryType(locale));
        return ModelJsonWriter.Write(model);
    }

    private JsonObject CountryType(string locale)
    {
        var values = new JsonArray();
        foreach (var slotValue in CountrySlotValues.For(locale, data))
        {
            values.Add(new JsonObject
            {
                ["id"] = slotValue.Id,
                ["name"] = new JsonObject
                {
                    ["value"] = slotValue.Value,
                    ["synonyms"] = new JsonArray(slotValue.Synonyms.Select(synonym => (JsonNode?)JsonValue.Create(synonym)).ToArray()),
                },
            });
        }

        return new JsonObject { ["name"] = CountrySlotType, ["values"] = values };
    }

    private static JsonArray AddTypes(JsonObject languageModel)
    {
        var types = new JsonArray();
        languageModel["types"] = types;
        return types;
    }

    private static JsonObject Parse(string source, string json)
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

    [GeneratedRegex("^[a-z]{2}-[A-Z]{2}$")]
    private static partial Regex LocalePattern();
}
