namespace WorldCapitals.DynamoDb.Tests.Support;

internal static class Repository
{
    /// <summary>The folder holding WorldCapitals.slnx, found from the test binaries upwards.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorldCapitals.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No WorldCapitals.slnx above {AppContext.BaseDirectory}.");
    }
}
