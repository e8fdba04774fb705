namespace WorldCapitals.Cli;

/// <summary>Finds the repository: the folder holding the solution file, from --root or by walking up.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "WorldCapitals.slnx";

    /// <summary>The explicit root if given (it must hold the solution file), else the nearest ancestor of
    /// <paramref name="startDirectory"/> that holds it.</summary>
    /// <exception cref="CliException">No such folder.</exception>
    public static string Find(string? explicitRoot, string startDirectory)
    {
        if (explicitRoot is not null)
        {
            var full = Path.GetFullPath(explicitRoot);
            return File.Exists(Path.Combine(full, SolutionFileName))
                ? full
                : throw new CliException($"{full} is not the repository root: it has no {SolutionFileName}.");
        }

        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                return directory.FullName;
        }

        throw new CliException($"No {SolutionFileName} found in {startDirectory} or any folder above it; run inside the repository or pass --root.");
    }
}
