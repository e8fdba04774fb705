using System.Diagnostics;
using System.IO.Compression;

namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// The managed-runtime package (WORLD_CAPITALS_LAMBDA_BUILD=jit hooks/build.sh): the same program, started the way
/// the dotnet10 runtime starts an executable handler (dotnet exec), answers through the Runtime API.
/// </summary>
[TestFixture]
// Alone: NativeBootstrapTests publishes lambda/Lambda into the same obj folder.
[NonParallelizable]
public sealed class JitPackageTests
{
    private string _workDirectory = null!;
    private string _zipPath = null!;

    [OneTimeSetUp]
    public async Task BuildThePackage()
    {
        _workDirectory = Directory.CreateTempSubdirectory("lambda-jit-package-").FullName;
        _zipPath = Path.Combine(_workDirectory, "build.zip");
        var start = new ProcessStartInfo(RepositoryPaths.BuildHook, [_zipPath, "false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _workDirectory,
            Environment = { ["WORLD_CAPITALS_LAMBDA_BUILD"] = "jit" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(NativeBootstrapTests.BuildHangGuard);
        Assert.That(process.ExitCode, Is.Zero, $"hooks/build.sh failed:\n{await stdout}{await output}");
        ZipFile.ExtractToDirectory(_zipPath, Path.Combine(_workDirectory, "task"));
    }

    [OneTimeTearDown]
    public void RemoveThePackage()
    {
        if (_workDirectory is not null)
            Directory.Delete(_workDirectory, recursive: true);
    }

    [Test]
    public void The_zip_holds_the_assemblies_and_no_apphost()
    {
        // Act
        using var archive = ZipFile.OpenRead(_zipPath);
        var names = archive.Entries.Select(entry => entry.FullName).ToList();

        // Assert
        Assert.That(names, Is.SupersetOf(new[] { "WorldCapitals.Lambda.dll", "WorldCapitals.Lambda.runtimeconfig.json", "WorldCapitals.Skill.dll" }));
        Assert.That(names, Has.None.EqualTo("WorldCapitals.Lambda").And.None.EqualTo("bootstrap"));
    }

    [Test]
    public async Task Dotnet_exec_of_the_assembly_answers_through_the_Runtime_API()
    {
        // Arrange
        var api = await FakeRuntimeApi.StartAsync();
        var task = Path.Combine(_workDirectory, "task");
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(task, "WorldCapitals.Lambda.dll")])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = task,
            Environment =
            {
                [LambdaNames.RuntimeApiVariable] = api.Address,
                [LambdaNames.SkillIdVariable] = Samples.SkillId,
            },
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();

        // Act
        var launch = await api.Enqueue(Samples.Envelope("launch")).WaitAsync(RunningHost.HangGuard);
        var rejected = await api.Enqueue(Samples.Envelope("help", Samples.OtherSkillId)).WaitAsync(RunningHost.HangGuard);
        await api.DisposeAsync();
        await process.WaitForExitAsync().WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(launch.Kind, Is.EqualTo(PostedResult.Response), await log);
        Assert.That(rejected.ErrorType, Is.EqualTo("Alexa.SkillIdMismatch"));
        Assert.That(process.ExitCode, Is.EqualTo(LambdaEntryPoint.ExitRuntimeApiGone));
    }
}
