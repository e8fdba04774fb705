namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>Remembers some process environment variables and puts them back when disposed: the AWS SDK reads
/// region, endpoint and credentials from the process environment itself, so tests must set real variables.</summary>
internal sealed class SavedEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _saved;

    public SavedEnvironment(params string[] names) =>
        _saved = names.ToDictionary(name => name, Environment.GetEnvironmentVariable);

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
            Environment.SetEnvironmentVariable(name, value);
    }
}
