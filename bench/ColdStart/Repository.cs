namespace WorldCapitals.Bench.ColdStart;

internal static class Repository
{
    /// <summary>The folder holding WorldCapitals.slnx, from the current directory up.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorldCapitals.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Run this from inside the repository (no WorldCapitals.slnx found above the current directory).");
    }
}
