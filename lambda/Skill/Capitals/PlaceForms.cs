namespace WorldCapitals.Skill.Capitals;

/// <summary>
/// A place name as a sentence needs it in one language: <see cref="Of"/> follows "the capital" with its preposition and
/// article ("de la France", "degli Stati Uniti", "der Schweiz"); <see cref="Subject"/> is the name as a sentence
/// subject with its article ("la France", "die Schweiz"). Articles are lower-case.
/// </summary>
public sealed record PlaceForms(string Of, string Subject);
