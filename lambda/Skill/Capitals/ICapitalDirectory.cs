namespace WorldCapitals.Skill.Capitals;

/// <summary>Where the capital facts come from: the embedded data, or a store an operator can correct without a deploy.</summary>
public interface ICapitalDirectory
{
    /// <summary>The capitals of the country with this ISO id, primary first, or null when the directory has none.</summary>
    ValueTask<IReadOnlyList<Capital>?> FindCapitalsAsync(string countryId, CancellationToken cancellationToken);
}
