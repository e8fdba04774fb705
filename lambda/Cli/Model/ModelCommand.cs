using System.CommandLine;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.Model;

/// <summary>`capitals model [--root DIR] [--check]`: generate skill/interactionModels/custom/*.json.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        var rootOption = new Option<string?>("--root")
        {
            Description = "The repository root (the folder holding WorldCapitals.slnx); found from the current folder when omitted.",
        };
        var checkOption = new Option<bool>("--check")
        {
            Description = "Write nothing; list the generated files that are out of date and exit with 1 if there are any.",
        };
        var command = new Command("model", "Generate the skill's interaction models from interactionModel/<language>/ (model, phrase grammar, per-locale differences) and the capitals data.")
        {
            rootOption,
            checkOption,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(rootOption),
            parseResult.GetValue(checkOption),
            Environment.CurrentDirectory,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

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
