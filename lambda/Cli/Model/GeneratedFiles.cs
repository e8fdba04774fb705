namespace WorldCapitals.Cli.Model;

internal enum FileState
{
    /// <summary>Not on disk yet.</summary>
    Missing,

    /// <summary>On disk with other content.</summary>
    Different,

    /// <summary>On disk in the generated folder, but no authored model produces it any more.</summary>
    Stale,
}

internal sealed record FileDifference(string RelativePath, FileState State);

/// <summary>Compares generated files with the repository, byte for byte, and brings the repository up to date.</summary>
internal static class GeneratedFiles
{
    public static IReadOnlyList<FileDifference> Compare(string repositoryRoot, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var differences = new List<FileDifference>();
        foreach (var file in files)
        {
            var path = FullPath(repositoryRoot, file.RelativePath);
            if (!File.Exists(path))
                differences.Add(new FileDifference(file.RelativePath, FileState.Missing));
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
                differences.Add(new FileDifference(file.RelativePath, FileState.Different));
        }

        var generatedFolder = FullPath(repositoryRoot, InteractionModelGenerator.GeneratedDirectory);
        if (Directory.Exists(generatedFolder))
        {
            var expected = files.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(Directory.EnumerateFiles(generatedFolder, "*.json")
                .Select(path => $"{InteractionModelGenerator.GeneratedDirectory}/{Path.GetFileName(path)}")
                .Where(relative => !expected.Contains(relative))
                .Order(StringComparer.Ordinal)
                .Select(relative => new FileDifference(relative, FileState.Stale)));
        }

        return differences;
    }

    /// <summary>Writes the missing and different files and deletes the stale ones.</summary>
    public static void Apply(string repositoryRoot, IReadOnlyList<GeneratedFile> files, IReadOnlyList<FileDifference> differences)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(differences);
        var byPath = files.ToDictionary(file => file.RelativePath, StringComparer.Ordinal);
        foreach (var difference in differences)
        {
            var path = FullPath(repositoryRoot, difference.RelativePath);
            if (difference.State == FileState.Stale)
            {
                File.Delete(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, byPath[difference.RelativePath].Content);
        }
    }

    public static string FullPath(string repositoryRoot, string relativePath) =>
        Path.Combine(repositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
