namespace WorldCapitals.Skill.Capitals;

/// <summary>The default directory: the capitals embedded in the skill.</summary>
public sealed class EmbeddedCapitalDirectory(CapitalsData data) : ICapitalDirectory
{
    public ValueTask<IReadOnlyList<Capital>?> FindCapitalsAsync(string countryId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(data.FindById(countryId)?.Capitals);
}
