namespace WorldCapitals.Simulator.Nlu;

/// <summary>A word of an utterance: as typed (<see cref="Text"/>, a span of the original string) and its
/// comparable form (<see cref="Key"/>: lower case, accents folded).</summary>
public readonly record struct Token(string Text, string Key, int Start, int End);
