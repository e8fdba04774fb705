using System.Text.Json;
using System.Text.Json.Nodes;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>A file the generator writes: its path relative to the repository root ('/' separators) and its bytes.</summary>
internal sealed record GeneratedFile(string RelativePath, byte[] Content);

/// <summary>
/// Writes skill/interactionModels/custom/&lt;locale&gt;.json from the authored models (<see cref="AuthoredModel"/>:
/// a language file with the phrase grammar plus the locale's differences) and the capitals data (the COUNTRY and
/// CAPITAL_CITY values).
/// </summary>
internal sealed class InteractionModelGenerator(CapitalsData data)
{
    public const string AuthoredDirectory = AuthoredModel.Directory;
    public const string GeneratedDirectory = "skill/interactionModels/custom";
    public const string CountrySlotType = "COUNTRY";
    public const string CitySlotType = "CAPITAL_CITY";

    /// <summary>Every generated model, one per authored locale, sorted by locale.</summary>
    /// <exception cref="CliException">No authored model, or one that is not valid.</exception>
    public IReadOnlyList<GeneratedFile> Generate(string repositoryRoot)
    {
        var locales = AuthoredModel.Find(repositoryRoot);
        if (locales.Count == 0)
            throw new CliException($"No authored interaction model found: expected {AuthoredDirectory}/<language>/{AuthoredModel.LanguageFileName} and {AuthoredDirectory}/<language>/<locale>.json (for example en/en-US.json) under {repositoryRoot}.");
        return locales
            .Select(locale => new GeneratedFile(GeneratedPath(locale.Locale), GenerateLocale(locale, Compose(repositoryRoot, locale))))
            .ToList();
    }

    public static string GeneratedPath(string locale) => $"{GeneratedDirectory}/{locale}.json";

    /// <summary>The authored model of one locale: its language's model with its differences, the grammar expanded.</summary>
    /// <exception cref="CliException">A file is not valid.</exception>
    public static JsonObject Compose(string repositoryRoot, AuthoredLocale locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return AuthoredModel.Compose(
            locale,
            File.ReadAllText(GeneratedFiles.FullPath(repositoryRoot, locale.LanguageFile)),
            File.ReadAllText(GeneratedFiles.FullPath(repositoryRoot, locale.LocaleFile)));
    }

    /// <summary>The generated model of one locale, from its composed authored model.</summary>
    /// <exception cref="CliException">The authored model declares the COUNTRY type or has malformed types.</exception>
    public byte[] GenerateLocale(AuthoredLocale locale, JsonObject model)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(model);
        var languageModel = (JsonObject)model["interactionModel"]!["languageModel"]!;
        var types = languageModel["types"] switch
        {
            null => AddTypes(languageModel),
            JsonArray array => array,
            _ => throw Invalid(locale.LanguageFile, "languageModel.types is not an array"),
        };
        foreach (var generated in new[] { CountrySlotType, CitySlotType })
        {
            if (types.Any(type => type?["name"]?.GetValueKind() == JsonValueKind.String && (string?)type["name"] == generated))
                throw Invalid(locale.LanguageFile, $"it declares the {generated} type; its values come from the capitals data, remove it");
        }
        types.Add(SlotType(CountrySlotType, CountrySlotValues.For(locale.Locale, data)));
        types.Add(SlotType(CitySlotType, CitySlotValues.For(locale.Locale, data)));
        return ModelJsonWriter.Write(model);
    }

    private static JsonObject SlotType(string name, IReadOnlyList<CountrySlotValue> slotValues)
    {
        var values = new JsonArray();
        foreach (var slotValue in slotValues)
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

        return new JsonObject { ["name"] = name, ["values"] = values };
    }

    private static JsonArray AddTypes(JsonObject languageModel)
    {
        var types = new JsonArray();
        languageModel["types"] = types;
        return types;
    }

    private static CliException Invalid(string source, string reason) => new($"{source} is not a valid interaction model: {reason}.");
}
