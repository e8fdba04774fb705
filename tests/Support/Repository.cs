namespace WorldCapitals.Tests.Support;

/// <summary>The repository the test assemblies were built from.</summary>
public static class Repository
{
    /// <summary>The folder holding WorldCapitals.slnx, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorldCapitals.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No WorldCapitals.slnx above {AppContext.BaseDirectory}.");
    }
}
