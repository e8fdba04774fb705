using System.Text.Json.Nodes;

namespace WorldCapitals.Model.Tests;

internal sealed record Intent(string Name, IReadOnlyList<(string Name, string Type)> Slots, IReadOnlyList<string> Samples);

internal sealed record SlotTypeValue(string? Id, string Value, IReadOnlyList<string> Synonyms);

/// <summary>The parts of an Alexa interaction model the lint tests read.</summary>
internal sealed class InteractionModel
{
    private InteractionModel(string invocationName, IReadOnlyList<Intent> intents, IReadOnlyDictionary<string, IReadOnlyList<SlotTypeValue>> types)
    {
        InvocationName = invocationName;
        Intents = intents;
        Types = types;
    }

    public string InvocationName { get; }

    public IReadOnlyList<Intent> Intents { get; }

    /// <summary>Custom slot types by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SlotTypeValue>> Types { get; }

    public Intent Intent(string name) => Intents.Single(intent => intent.Name == name);

    public static InteractionModel Load(string path) => Parse(File.ReadAllText(path));

    public static InteractionModel Parse(string json)
    {
        var languageModel = JsonNode.Parse(json)!["interactionModel"]!["languageModel"]!;
        var intents = languageModel["intents"]!.AsArray().Select(intent => new Intent(
            (string)intent!["name"]!,
            (intent["slots"]?.AsArray() ?? []).Select(slot => ((string)slot!["name"]!, (string)slot["type"]!)).ToList(),
            (intent["samples"]?.AsArray() ?? []).Select(sample => (string)sample!).ToList())).ToList();
        var types = (languageModel["types"]?.AsArray() ?? []).ToDictionary(
            type => (string)type!["name"]!,
            type => (IReadOnlyList<SlotTypeValue>)(type!["values"]?.AsArray() ?? []).Select(value => new SlotTypeValue(
                (string?)value!["id"],
                (string)value["name"]!["value"]!,
                (value["name"]!["synonyms"]?.AsArray() ?? []).Select(synonym => (string)synonym!).ToList())).ToList());
        return new InteractionModel((string)languageModel["invocationName"]!, intents, types);
    }
}
