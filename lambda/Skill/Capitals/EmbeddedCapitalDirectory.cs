namespace WorldCapitals.Skill.Capitals;

/// <summary>The capitals embedded in the skill: the default directory, and the one a store falls back to.</summary>
public sealed class EmbeddedCapitalDirectory : ICapitalDirectory
{
    public ValueTask<IReadOnlyList<Capital>> FindCapitalsAsync(Country country, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(country);
        return ValueTask.FromResult(country.Capitals);
    }
}
