namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// hooks/check-glibc.sh, which hooks/build.sh runs on the bootstrap: a binary needing a glibc newer than allowed
/// (Amazon Linux 2023 has 2.34) fails the build. Checked here on a real dynamically linked executable (this test's
/// own host) against an allowed version below and above what it needs. Needs binutils (objdump).
/// </summary>
public sealed class GlibcCheckTests
{
    private static string CheckScript => Path.Combine(RepositoryPaths.Root, "hooks", "check-glibc.sh");

    private static string DynamicallyLinkedExecutable => Environment.ProcessPath!;

    [OneTimeSetUp]
    public void LinuxOnly()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("The check reads Linux (ELF) executables; hooks/build.sh runs on Linux only.");
    }

    [Test]
    public async Task A_binary_needing_a_newer_glibc_than_allowed_is_rejected_with_what_to_do()
    {
        var (exitCode, output) = await CheckAsync(DynamicallyLinkedExecutable, "2.0");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Match(@"needs glibc 2\.[0-9.]+, newer than the allowed 2\.0"));
        Assert.That(output, Does.Contain("debian:12"));
    }

    [Test]
    public async Task A_binary_needing_no_newer_glibc_than_allowed_passes()
    {
        var (exitCode, output) = await CheckAsync(DynamicallyLinkedExecutable, "99.0");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Match(@"needs glibc 2\.[0-9.]+ at most \(allowed: 99\.0\)"));
    }

    [Test]
    public async Task A_file_that_is_no_executable_is_rejected()
    {
        var (exitCode, output) = await CheckAsync(RepositoryPaths.AskResources, "99.0");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("objdump cannot read"));
    }

    private static Task<(int ExitCode, string Output)> CheckAsync(string binary, string allowed) =>
        NativeBootstrapTests.RunAsync(CheckScript, [binary, allowed], RepositoryPaths.Root, RunningHost.HangGuard);
}
