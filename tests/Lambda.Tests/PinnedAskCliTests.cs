using System.Diagnostics;
using System.Text.Json.Nodes;

namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// The ASK CLI docs/DEPLOY.md deploys with, pinned in tools/ask-cli: an unpinned `npm install -g ask-cli` resolves
/// antlr4ts to a broken 0.5.0-dev build and crashes at start. Needs Node.js and npm (a missing one fails the test).
/// </summary>
// The install (about half a minute of npm) runs while NativeBootstrapTests publishes the package.
[Parallelizable(ParallelScope.Self)]
public sealed class PinnedAskCliTests
{
    private const string WorkingAntlr4ts = "0.5.0-alpha.4";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tools", "ask-cli");

    [Test]
    public async Task The_pinned_ask_cli_installs_from_its_lock_file_and_starts()
    {
        await NodeTools.EnsureNodeAsync();
        await NodeTools.EnsureInstalledAsync(Folder, Path.Combine("node_modules", ".bin", "ask"));

        var (exitCode, output) = await RunAskAsync("--version");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output.Trim(), Is.EqualTo(PinnedVersion()), "ask --version prints the version package.json pins");
    }

    [Test]
    public void The_lock_file_pins_antlr4ts_to_the_working_build_and_names_no_registry()
    {
        var manifest = ReadJson("package.json");
        var lockText = File.ReadAllText(Path.Combine(Folder, "package-lock.json"));
        var lockFile = JsonNode.Parse(lockText)!;

        Assert.That(PinnedVersion(), Does.Match(@"^\d+\.\d+\.\d+$"), "an exact ask-cli version, not a range");
        Assert.That((string?)manifest["overrides"]?["antlr4ts"], Is.EqualTo(WorkingAntlr4ts));
        Assert.That((string?)lockFile["packages"]?["node_modules/antlr4ts"]?["version"], Is.EqualTo(WorkingAntlr4ts));
        Assert.That((string?)lockFile["packages"]?["node_modules/ask-cli"]?["version"], Is.EqualTo(PinnedVersion()));
        Assert.That(lockText, Does.Not.Contain("\"resolved\""), "like tools/dynalite's, the lock file omits the download URLs");
    }

    private static string PinnedVersion() => (string?)ReadJson("package.json")["dependencies"]?["ask-cli"]
        ?? throw new AssertionException("tools/ask-cli/package.json has no ask-cli dependency.");

    private static JsonNode ReadJson(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name)))!;

    private static async Task<(int ExitCode, string Output)> RunAskAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, "node_modules", ".bin", "ask"))
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = NodeTools.Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await output + await error);
    }
}
