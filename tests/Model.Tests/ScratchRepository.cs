using WorldCapitals.Cli;

namespace WorldCapitals.Model.Tests;

/// <summary>A repository in a temporary folder holding only the solution file the CLI finds its root by, and the output
/// and error writers a command under test prints to; Dispose deletes the folder.</summary>
internal sealed class ScratchRepository : IDisposable
{
    public ScratchRepository(string folderPrefix)
    {
        Root = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        File.WriteAllText(Path.Combine(Root, RepositoryRoot.SolutionFileName), "<Solution />\n");
    }

    public string Root { get; }

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        Output.Dispose();
        Error.Dispose();
    }
}
