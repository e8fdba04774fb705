using System.Text.Json;

namespace WorldCapitals.Simulator.Model;

/// <summary>Reads skill/interactionModels/custom/&lt;locale&gt;.json, the model the skill is deployed with.</summary>
public static class InteractionModelLoader
{
    /// <summary>Where the generated models live, relative to the repository root.</summary>
    public static readonly string ModelsDirectory = Path.Combine("skill", "interactionModels", "custom");

    public static string PathFor(string repositoryRoot, string locale) =>
        Path.Combine(repositoryRoot, ModelsDirectory, locale + ".json");

    /// <exception cref="InteractionModelException">The file is missing, unreadable or not an interaction model.</exception>
    public static InteractionModel LoadFile(string path, string locale)
    {
        if (!File.Exists(path))
            throw new InteractionModelException($"no interaction model for {locale}: {path} does not exist");
        try
        {
            return Parse(File.ReadAllBytes(path), locale);
        }
        catch (IOException exception)
        {
            throw new InteractionModelException($"cannot read {path}: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InteractionModelException($"cannot read {path}: {exception.Message}", exception);
        }
    }

    public static InteractionModel Parse(ReadOnlyMemory<byte> json, string locale)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var languageModel = Required(Required(document.RootElement, "interactionModel"), "languageModel");
            var invocationName = Required(languageModel, "invocationName").GetString() ?? "";
            var intents = Required(languageModel, "intents").EnumerateArray().Select(ReadIntent).ToList();
            var types = languageModel.TryGetProperty("types", out var typesElement)
                ? typesElement.EnumerateArray().Select(ReadType).ToList()
                : [];
            return new InteractionModel(locale, invocationName, intents, types) { FallbackSensitivity = ReadSensitivity(languageModel) };
        }
        catch (JsonException exception)
        {
            throw new InteractionModelException($"the {locale} interaction model is not valid JSON: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new InteractionModelException($"the {locale} interaction model has an unexpected shape: {exception.Message}", exception);
        }
    }

    private static FallbackSensitivity ReadSensitivity(JsonElement languageModel)
    {
        if (!languageModel.TryGetProperty("modelConfiguration", out var configuration)
            || !configuration.TryGetProperty("fallbackIntentSensitivity", out var sensitivity))
        {
            return FallbackSensitivity.Low;
        }
        var level = Required(sensitivity, "level").GetString();
        return level switch
        {
            "LOW" => FallbackSensitivity.Low,
            "MEDIUM" => FallbackSensitivity.Medium,
            "HIGH" => FallbackSensitivity.High,
            _ => throw new InvalidOperationException($"fallbackIntentSensitivity level \"{level}\" is not LOW, MEDIUM or HIGH"),
        };
    }

    private static ModelIntent ReadIntent(JsonElement intent) => new(
        Required(intent, "name").GetString() ?? "",
        Strings(intent, "slots", slot => new ModelSlot(Required(slot, "name").GetString() ?? "", Required(slot, "type").GetString() ?? "")),
        Strings(intent, "samples", sample => sample.GetString() ?? ""));

    private static SlotType ReadType(JsonElement type) => new(
        Required(type, "name").GetString() ?? "",
        Strings(type, "values", value =>
        {
            var name = Required(value, "name");
            return new SlotTypeValue(
                value.TryGetProperty("id", out var id) ? id.GetString() : null,
                Required(name, "value").GetString() ?? "",
                Strings(name, "synonyms", synonym => synonym.GetString() ?? ""));
        }));

    private static List<T> Strings<T>(JsonElement parent, string property, Func<JsonElement, T> read) =>
        parent.TryGetProperty(property, out var array) ? array.EnumerateArray().Select(read).ToList() : [];

    private static JsonElement Required(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value)
            ? value
            : throw new InvalidOperationException($"missing \"{property}\"");
}
