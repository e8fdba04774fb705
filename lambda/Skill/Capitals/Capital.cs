namespace WorldCapitals.Skill.Capitals;

public sealed class Capital
{
    /// <summary>The written form, as shown on the card ("Washington, D.C.").</summary>
    public required string Name { get; init; }

    /// <summary>The form to speak where the written one reads badly; null means <see cref="Name"/>.</summary>
    public string? Speech { get; init; }

    /// <summary>The capital's name in the other languages (de, fr, ..., ar), by language; English is <see cref="Name"/>.</summary>
    public IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>A role key (executive, legislative, ...) for multi-capital countries and qualified capitals.</summary>
    public string? Role { get; init; }

    public string SpokenName => Speech ?? Name;
}
