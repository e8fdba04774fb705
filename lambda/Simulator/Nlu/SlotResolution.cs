using WorldCapitals.Simulator.Model;

namespace WorldCapitals.Simulator.Nlu;

/// <summary>Entity resolution of one slot value: a match (with every value it names) or no match.
/// Null for slots of built-in types, which Alexa does not resolve against a list.</summary>
public sealed record SlotResolution(string TypeName, IReadOnlyList<SlotTypeValue> Matches)
{
    public bool IsMatch => Matches.Count > 0;

    public string StatusCode => IsMatch ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH";
}
