namespace WorldCapitals.Simulator.Nlu;

/// <summary>A run of words said apart that stands for one word (Dutch "hoofd stad" for "hoofdstad"): the run as its
/// words' keys, and the key of the word it stands for.</summary>
public sealed record WordJoin(IReadOnlyList<string> Run, string Word);
