namespace WorldCapitals.Skill.Capitals;

/// <summary>Where the capital facts come from: the embedded data, or a store an operator can correct without a deploy.</summary>
public interface ICapitalDirectory
{
    /// <summary>The capitals of <paramref name="country"/>, primary first. Never fails: a store that cannot answer falls back to the embedded data.</summary>
    ValueTask<IReadOnlyList<Capital>> FindCapitalsAsync(Country country, CancellationToken cancellationToken);
}
