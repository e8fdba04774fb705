namespace WorldCapitals.Simulator.Tests.Support;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorldCapitals.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("WorldCapitals.slnx not found above the test directory.");
    }
}
