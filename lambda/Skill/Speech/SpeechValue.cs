using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Skill.Speech;

/// <summary>
/// A value for a placeholder of a speech template. A place's value also fills <c>{XOf}</c> and <c>{XSubject}</c>
/// for its placeholder <c>{X}</c>: the name after the language's "capital of" ("du Japon") and as a sentence
/// subject ("le Japon"), see <see cref="PlaceName"/>.
/// </summary>
public readonly record struct SpeechValue(string Name, string Value, string? Of = null, string? Subject = null)
{
    public const string OfSuffix = "Of";
    public const string SubjectSuffix = "Subject";

    public static implicit operator SpeechValue((string Name, string Value) pair) => FromValueTuple(pair);

    /// <summary>A plain placeholder: <c>("capital", "Paris")</c>.</summary>
    public static SpeechValue FromValueTuple((string Name, string Value) pair) => new(pair.Name, pair.Value);

    /// <summary>A place placeholder: <c>{name}</c>, <c>{nameOf}</c> and <c>{nameSubject}</c>.</summary>
    public static SpeechValue Place(string name, PlaceName place) => new(name, place.Name, place.Of, place.Subject);

    /// <summary>The value for the placeholder <paramref name="placeholder"/>, or null when this value does not fill it.</summary>
    public string? For(ReadOnlySpan<char> placeholder)
    {
        if (placeholder.SequenceEqual(Name))
            return Value;
        if (!placeholder.StartsWith(Name))
            return null;
        var suffix = placeholder[Name.Length..];
        return suffix.SequenceEqual(OfSuffix) ? Of : suffix.SequenceEqual(SubjectSuffix) ? Subject : null;
    }
}
