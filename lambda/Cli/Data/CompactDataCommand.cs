using System.CommandLine;
using System.Text.Json;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Data;

/// <summary>`capitals compact-data [--root DIR] [--check]`: write the compact capitals files the skill reads from the JSON ones.</summary>
internal static class CompactDataCommand
{
    public static Command Create() =>
        GeneratorCommand.Create("compact-data", $"Write {CompactCapitalsFiles.Directory}/capitals.bin and languages/<lang>.bin, the compact form of capitals.json and languages/<lang>.json that the skill reads at start and per language. Run it after tools/capitals-data regenerates the JSON.", "compact files", Run);

    public static int Run(string? root, bool check, string currentDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var directory = Path.Combine(RepositoryRoot.Find(root, currentDirectory), CompactCapitalsFiles.Directory);
            var files = CompactCapitalsFiles.Generate(relativePath => File.OpenRead(Path.Combine(directory, relativePath)));
            var stale = files.Where(file => !IsUpToDate(Path.Combine(directory, file.RelativePath), file.Content)).ToList();
            if (stale.Count == 0)
            {
                output.WriteLine($"up to date: {files.Count} compact files in {CompactCapitalsFiles.Directory}");
                return ExitCodes.Success;
            }
            foreach (var (relativePath, content) in stale)
            {
                if (check)
                {
                    error.WriteLine($"out of date: {CompactCapitalsFiles.Directory}/{relativePath}");
                    continue;
                }
                File.WriteAllBytes(Path.Combine(directory, relativePath), content);
                output.WriteLine($"wrote {CompactCapitalsFiles.Directory}/{relativePath} ({content.Length:N0} bytes)");
            }
            if (!check)
                return ExitCodes.Success;
            error.WriteLine("Run `capitals compact-data` (dotnet run --project lambda/Cli -- compact-data) and commit the result.");
            return ExitCodes.OutOfDate;
        }
        catch (CliException exception)
        {
            error.WriteLine($"capitals compact-data: {exception.Message}");
            return ExitCodes.Failed;
        }
        catch (IOException exception)
        {
            error.WriteLine($"capitals compact-data: {exception.Message}");
            return ExitCodes.Failed;
        }
        catch (InvalidDataException exception)
        {
            error.WriteLine($"capitals compact-data: the capitals data cannot be read: {exception.Message}");
            return ExitCodes.Failed;
        }
        catch (JsonException exception)
        {
            error.WriteLine($"capitals compact-data: the capitals data is not valid: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static bool IsUpToDate(string path, byte[] content) =>
        File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
}
