using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace WorldCapitals.Tests.Support;

/// <summary>Node.js and npm for the tests that run the repository's pinned npm tools (tools/dynalite, tools/ask-cli):
/// a missing or too old Node.js fails the test with what to install, never skips it.</summary>
public static class NodeTools
{
    // dynalite 4.0.0's package.json says "engines": { "node": ">=20" }, but its changelog says 16+, its dependencies
    // (level 10, memory-level 3, classic-level 3) say 18+, and every DynamoDB test passes on Node.js 18.20 with
    // npm 9.2 (Debian 12's nodejs and npm; npm only warns EBADENGINE). So 18, the oldest Node.js .ci/run installs.
    public const int MinimumNodeMajor = 18;

    private const string NodeMissing =
        "These tests need Node.js 18+ and npm on the PATH (tools/dynalite, tools/ask-cli). "
        + "Install Node.js from https://nodejs.org or your package manager (Debian: apt-get install nodejs npm).";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <exception cref="InvalidOperationException">node is missing or older than <see cref="MinimumNodeMajor"/>.</exception>
    public static async Task EnsureNodeAsync()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--version");
        using var process = Start(start);
        var version = (await process.StandardOutput.ReadToEndAsync()).Trim(); // "v20.20.2"
        await process.WaitForExitAsync();
        var major = version.TrimStart('v').Split('.')[0];
        if (!int.TryParse(major, CultureInfo.InvariantCulture, out var number) || number < MinimumNodeMajor)
            throw new InvalidOperationException($"node --version says \"{version}\"; Node.js {MinimumNodeMajor}+ is needed. {NodeMissing}");
    }

    /// <summary>Runs `npm ci` in <paramref name="directory"/> unless <paramref name="installedFile"/> (relative to it) exists.</summary>
    public static async Task EnsureInstalledAsync(string directory, string installedFile)
    {
        // Test assemblies run side by side, and two of them start dynalite (DynamoDb.Tests, Lambda.Tests): `npm ci` first
        // removes node_modules, so a second install under way beside a first left the first with a half-made tree
        // ("Cannot find module 'lazy'"). One install at a time, across processes, and the file is checked under the lock.
        using var installLock = await LockAsync(Path.Combine(directory, InstallLockFile));
        if (File.Exists(Path.Combine(directory, installedFile)))
            return;

        var npm = new ProcessStartInfo("npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            npm.ArgumentList.Add(argument);
        using var process = Start(npm);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(InstallTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`npm ci` in {directory} failed with code {process.ExitCode}:\n{await output}\n{await error}");
    }

    // An exclusive open is a lock between processes too (.NET takes an advisory lock on Unix). Outside node_modules, which
    // `npm ci` removes; ignored by git.
    private const string InstallLockFile = ".npm-ci.lock";

    private static async Task<FileStream> LockAsync(string path)
    {
        using var timeout = new CancellationTokenSource(InstallTimeout);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
        }
    }

    /// <exception cref="InvalidOperationException">The program is not on the PATH (with what to install).</exception>
    public static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start. {NodeMissing}");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"`{start.FileName}` was not found ({exception.Message}). {NodeMissing}", exception);
        }
    }
}
