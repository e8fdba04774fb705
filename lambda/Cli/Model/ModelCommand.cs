using System.CommandLine;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>`capitals model [--root DIR] [--check]`: generate skill/interactionModels/custom/*.json.</summary>
internal static class ModelCommand
{
    public static Command Create() =>
        GeneratorCommand.Create("model", "Generate the skill's interaction models from interactionModel/<language>/ (model, phrase grammar, per-locale differences) and the capitals data.", "generated files", Run);

    public static int Run(string? root, bool check, string currentDirectory, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var repositoryRoot = RepositoryRoot.Find(root, currentDirectory);
            var files = new InteractionModelGenerator(CapitalsData.Embedded).Generate(repositoryRoot);
            var differences = GeneratedFiles.Compare(repositoryRoot, files);
            if (differences.Count == 0)
            {
                output.WriteLine($"up to date: {files.Count} interaction models in {InteractionModelGenerator.GeneratedDirectory}");
                return ExitCodes.Success;
            }

            if (check)
            {
                foreach (var difference in differences)
                    error.WriteLine($"out of date ({Describe(difference.State)}): {difference.RelativePath}");
                error.WriteLine("Run `capitals model` (dotnet run --project lambda/Cli -- model) and commit the result.");
                return ExitCodes.OutOfDate;
            }

            GeneratedFiles.Apply(repositoryRoot, files, differences);
            foreach (var difference in differences)
                output.WriteLine($"{(difference.State == FileState.Stale ? "deleted" : "wrote")} {difference.RelativePath}");
            return ExitCodes.Success;
        }
        catch (CliException exception)
        {
            error.WriteLine($"capitals model: {exception.Message}");
            return ExitCodes.Failed;
        }
        catch (IOException exception)
        {
            error.WriteLine($"capitals model: {exception.Message}");
            return ExitCodes.Failed;
        }
        catch (InvalidDataException exception)
        {
            error.WriteLine($"capitals model: the capitals data cannot give these models their values: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    private static string Describe(FileState state) => state switch
    {
        FileState.Missing => "missing",
        FileState.Different => "differs",
        _ => "no authored model; delete it",
    };
}
