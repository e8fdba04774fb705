using WorldCapitals.Cli;
using WorldCapitals.Cli.Data;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Model.Tests;

/// <summary>`capitals compact-data` against a scratch repository holding the capitals data's JSON files.</summary>
public class CompactDataCommandTests
{
    private ScratchRepository _scratch = null!;

    [SetUp]
    public void CreateScratchRepository()
    {
        _scratch = new ScratchRepository("capitals-compact-");
        var source = Path.Combine(Repository.Root, CompactCapitalsFiles.Directory);
        Directory.CreateDirectory(Path.Combine(DataFolder, "languages"));
        File.Copy(Path.Combine(source, "capitals.json"), Path.Combine(DataFolder, "capitals.json"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "languages"), "*.json"))
            File.Copy(file, Path.Combine(DataFolder, "languages", Path.GetFileName(file)));
    }

    [TearDown]
    public void DeleteScratchRepository() => _scratch.Dispose();

    private string DataFolder => Path.Combine(_scratch.Root, CompactCapitalsFiles.Directory);

    private int Run(bool check = false) => CompactDataCommand.Run(null, check, _scratch.Root, _scratch.Output, _scratch.Error);

    [Test]
    public void Check_lists_the_missing_files_and_writes_nothing()
    {
        var exitCode = Run(check: true);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.OutOfDate));
        Assert.That(_scratch.Error.ToString(), Does.Contain("out of date: lambda/Skill/Capitals/capitals.bin").And.Contain("languages/de.bin").And.Contain("compact-data"));
        Assert.That(File.Exists(Path.Combine(DataFolder, "capitals.bin")), Is.False);
    }

    [Test]
    public void It_writes_the_files_the_skill_embeds_and_then_finds_them_up_to_date()
    {
        var written = Run();
        var checkedAfter = Run(check: true);

        Assert.That(written, Is.EqualTo(ExitCodes.Success));
        Assert.That(checkedAfter, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllBytes(Path.Combine(DataFolder, "capitals.bin")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(Repository.Root, CompactCapitalsFiles.Directory, "capitals.bin"))));
        Assert.That(_scratch.Output.ToString(), Does.Contain("wrote lambda/Skill/Capitals/languages/ja.bin").And.Contain("up to date: 10 compact files"));
    }

    [Test]
    public void Invalid_json_is_a_one_line_error()
    {
        File.WriteAllText(Path.Combine(DataFolder, "capitals.json"), "{ \"countries\": 3 }");

        var exitCode = Run();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(_scratch.Error.ToString().TrimEnd(), Does.StartWith("capitals compact-data:").And.Not.Contain("\n"));
    }
}
