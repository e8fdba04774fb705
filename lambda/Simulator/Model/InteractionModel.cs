namespace WorldCapitals.Simulator.Model;

/// <summary>The parts of a generated interaction model (<c>interactionModel.languageModel</c>) the NLU uses.</summary>
public sealed record InteractionModel(string Locale, string InvocationName, IReadOnlyList<ModelIntent> Intents, IReadOnlyList<SlotType> Types)
{
    public ModelIntent? FindIntent(string name) => Intents.FirstOrDefault(intent => intent.Name == name);

    public SlotType? FindType(string name) => Types.FirstOrDefault(type => type.Name == name);

    /// <summary><c>modelConfiguration.fallbackIntentSensitivity.level</c>; Alexa's default, LOW, when absent.</summary>
    public FallbackSensitivity FallbackSensitivity { get; init; } = FallbackSensitivity.Low;
}

/// <summary>How readily Alexa sends an utterance to AMAZON.FallbackIntent rather than to a near-miss intent.</summary>
public enum FallbackSensitivity
{
    Low,
    Medium,
    High,
}

public sealed record ModelIntent(string Name, IReadOnlyList<ModelSlot> Slots, IReadOnlyList<string> Samples);

public sealed record ModelSlot(string Name, string Type);

public sealed record SlotType(string Name, IReadOnlyList<SlotTypeValue> Values);

/// <summary>One value of a custom slot type: its id, its canonical name and the synonyms that resolve to it.</summary>
public sealed record SlotTypeValue(string? Id, string Name, IReadOnlyList<string> Synonyms);
