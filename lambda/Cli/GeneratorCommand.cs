using System.CommandLine;

namespace WorldCapitals.Cli;

/// <summary>The shape of the commands that write committed, generated files (`model`, `compact-data`): `--root` to name
/// the repository, `--check` to only list what is out of date.</summary>
internal static class GeneratorCommand
{
    /// <summary>The command; <paramref name="run"/> gets the root (or null), whether to check only, the current folder,
    /// and standard output and error, and returns the exit code.</summary>
    public static Command Create(string name, string description, string generatedFiles,
        Func<string?, bool, string, TextWriter, TextWriter, int> run)
    {
        var rootOption = new Option<string?>("--root")
        {
            Description = "The repository root (the folder holding WorldCapitals.slnx); found from the current folder when omitted.",
        };
        var checkOption = new Option<bool>("--check")
        {
            Description = $"Write nothing; list the {generatedFiles} that are out of date and exit with 1 if there are any.",
        };
        var command = new Command(name, description)
        {
            rootOption,
            checkOption,
        };
        command.SetAction(parseResult => run(
            parseResult.GetValue(rootOption),
            parseResult.GetValue(checkOption),
            Environment.CurrentDirectory,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }
}
