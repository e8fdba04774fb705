using System.Diagnostics;
using System.Text.Json.Nodes;

namespace WorldCapitals.Skill.Tests;

/// <summary>
/// Publishes a small host with Native AOT and runs every sample envelope through the skill inside the native
/// binary: proves the protocol layer works without reflection, and that the publish shows no trim/AOT warnings.
/// </summary>
[Category("Aot")]
public sealed class AotSmokeTests
{
    private static readonly string SamplesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples");
    private string _publishDirectory = "";
    private string _publishOutput = "";

    [OneTimeSetUp]
    public async Task PublishNativeHost()
    {
        _publishDirectory = Path.Combine(Path.GetTempPath(), "worldcapitals-aot-smoke-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(RepositoryRoot(), "tests", "AotSmokeHost", "AotSmokeHost.csproj");
        // A configuration of its own: the Lambda tests publish the skill in Release at the same time, and two builds
        // must not share lambda/Skill/bin and obj.
        var (exitCode, output) = await RunAsync("dotnet", ["publish", project, "-c", "AotSmoke", "-r", "linux-x64", "-o", _publishDirectory, "-p:TreatWarningsAsErrors=true"]);
        _publishOutput = output;
        Assert.That(exitCode, Is.Zero, () => "dotnet publish failed:\n" + output);
    }

    [OneTimeTearDown]
    public void RemovePublishDirectory()
    {
        if (Directory.Exists(_publishDirectory))
            Directory.Delete(_publishDirectory, recursive: true);
    }

    [Test]
    public void Publish_shows_no_trim_or_aot_warnings()
    {
        Assert.That(_publishOutput, Does.Not.Match(@"warning IL\d{4}"));
        Assert.That(_publishOutput, Does.Not.Contain(": warning "));
        Assert.That(File.Exists(Path.Combine(_publishDirectory, "aot-smoke-host.dll")), Is.False, "the host must be native, not IL");
    }

    [Test]
    public async Task Native_host_answers_every_request_sample()
    {
        // Arrange
        var requestFiles = Directory.GetFiles(SamplesDirectory, "*.json")
            .Where(file => JsonNode.Parse(File.ReadAllText(file)) is JsonObject o && o.ContainsKey("request"))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Act
        var (exitCode, output) = await RunAsync(Path.Combine(_publishDirectory, "aot-smoke-host"), requestFiles);

        // Assert
        Assert.That(exitCode, Is.Zero, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        Assert.That(lines.Select(l => (string?)l["file"]), Is.EqualTo(requestFiles.Select(Path.GetFileName)));
        Assert.That(requestFiles, Has.Count.EqualTo(26));
        foreach (var line in lines)
        {
            Assert.That(line["error"], Is.Null, line.ToJsonString());
            Assert.That((string?)line["response"]!["version"], Is.EqualTo("1.0"), line.ToJsonString());
        }
        var launch = lines.Single(l => (string?)l["file"] == "aws__aws-lambda-dotnet__alexa-start-session.json");
        Assert.That((string?)launch["response"]!["response"]!["outputSpeech"]!["ssml"], Does.StartWith("<speak>Welcome to World Capitals."));
        Assert.That((bool?)launch["response"]!["response"]!["shouldEndSession"], Is.False);
    }

    [Test]
    public async Task Native_host_reports_a_malformed_envelope_as_a_typed_error()
    {
        var file = Path.Combine(_publishDirectory, "broken.json");
        await File.WriteAllTextAsync(file, """{"request": {"type": """);

        var (exitCode, output) = await RunAsync(Path.Combine(_publishDirectory, "aot-smoke-host"), [file]);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That((string?)JsonNode.Parse(output)!["error"], Is.EqualTo("InvalidJson"));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorldCapitals.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (WorldCapitals.slnx).");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
