using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>The intent an utterance reaches and its slots, as Alexa would send them.</summary>
/// <param name="Sample">The sample or built-in phrasing that matched; null for the fallback intent.</param>
public sealed record Interpretation(string IntentName, IReadOnlyList<FilledSlot> Slots, string? Sample)
{
    public FilledSlot? Slot(string name) => Slots.FirstOrDefault(slot => slot.Name == name);
}

/// <summary>A slot of the intent: filled (<see cref="Value"/> as said, and its resolution for a custom type) or empty.</summary>
public sealed record FilledSlot(string Name, string Type, string? Value, SlotResolution? Resolution)
{
    public SlotTypeValue? FirstMatch => Resolution is { IsMatch: true } ? Resolution.Matches[0] : null;
}
