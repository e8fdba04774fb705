using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WorldCapitals.Lambda.Tests;

/// <summary>
/// The Lambda package as the ASK CLI builds it: runs hooks/build.sh once (the test run's only Native AOT publish,
/// about a minute; warnings are errors), then checks the zip and runs the `bootstrap` in it against the fake
/// Runtime API, with every public sample envelope: the protocol layer works without reflection.
/// Needs binutils (objdump) and zip or python3.
/// </summary>
[TestFixture]
// Beside the other parallel fixtures (the ASK CLI install, the in-process host tests), so the publish is not waited for
// alone; never beside JitPackageTests, which is NonParallelizable: both publish lambda/Lambda into one obj folder.
[Parallelizable(ParallelScope.Self)]
public sealed partial class NativeBootstrapTests
{
    private const int ExecutableBits = 0b001_001_001;
    internal static readonly TimeSpan BuildHangGuard = TimeSpan.FromMinutes(10);

    private string _workDirectory = null!;
    private string _zipPath = null!;
    private string _bootstrapPath = null!;
    private string _buildOutput = "";

    [OneTimeSetUp]
    public async Task BuildThePackage()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Ignore("The linux-x64 Native AOT package is built on Linux only (cross-OS native compilation is not supported).");
        _workDirectory = Directory.CreateTempSubdirectory("lambda-package-").FullName;
        _zipPath = Path.Combine(_workDirectory, "build.zip");
        // As the ASK CLI does: the hook runs from a copy of the code folder, not from the repository.
        var (exitCode, output) = await RunAsync(RepositoryPaths.BuildHook, [_zipPath, "false"], _workDirectory, BuildHangGuard);
        _buildOutput = output;
        Assert.That(exitCode, Is.Zero, $"hooks/build.sh failed:\n{output}");

        var extracted = Path.Combine(_workDirectory, "extracted");
        Directory.CreateDirectory(extracted);
        _bootstrapPath = Path.Combine(extracted, "bootstrap");
        using var archive = ZipFile.OpenRead(_zipPath);
        var entry = archive.GetEntry("bootstrap") ?? throw new AssertionException("The zip holds no bootstrap.");
        entry.ExtractToFile(_bootstrapPath);
        if (OperatingSystem.IsLinux())
            File.SetUnixFileMode(_bootstrapPath, (UnixFileMode)((entry.ExternalAttributes >> 16) & 0xFFF));
    }

    [OneTimeTearDown]
    public void RemoveThePackage()
    {
        if (_workDirectory is not null)
            Directory.Delete(_workDirectory, recursive: true);
    }

    [Test]
    public void The_zip_holds_only_bootstrap_with_its_executable_bit()
    {
        // Act
        using var archive = ZipFile.OpenRead(_zipPath);

        // Assert
        Assert.That(archive.Entries.Select(entry => entry.FullName), Is.EqualTo(new[] { "bootstrap" }));
        var mode = archive.Entries[0].ExternalAttributes >> 16;
        Assert.That(mode & 0xF000, Is.EqualTo(0x8000), "bootstrap must be stored as a regular Unix file.");
        Assert.That(mode & ExecutableBits, Is.EqualTo(ExecutableBits), $"bootstrap's mode is {Convert.ToString(mode & 0xFFF, 8)}.");
    }

    [Test]
    public void The_publish_shows_no_trim_AOT_or_other_warnings_and_bootstrap_is_native()
    {
        // Act
        var magic = File.ReadAllBytes(_bootstrapPath)[..4];

        // Assert
        Assert.That(_buildOutput, Does.Not.Match(@"warning IL\d{4}"));
        Assert.That(_buildOutput, Does.Not.Contain(": warning "));
        Assert.That(magic, Is.EqualTo("\u007fELF"u8.ToArray()), "bootstrap must be a native ELF executable, not IL");
    }

    [Test]
    public void The_zip_is_under_ten_megabytes()
    {
        // Act
        var size = new FileInfo(_zipPath).Length;

        // Assert
        Assert.That(size, Is.LessThan(10 * 1024 * 1024));
    }

    [Test]
    public void The_build_checked_that_bootstrap_needs_no_glibc_newer_than_2_34()
    {
        Assert.That(_buildOutput, Does.Match(@"hooks/check-glibc\.sh: \S+/bootstrap needs glibc [0-9.]+ at most \(allowed: 2\.34\)"));
    }

    [Test]
    public async Task No_symbol_of_bootstrap_needs_a_glibc_newer_than_Amazon_Linux_2023s_2_34()
    {
        // Act
        var (exitCode, output) = await RunToolAsync("objdump", ["-T", _bootstrapPath], "binutils");
        var versions = GlibcVersion().Matches(output)
            .Select(match => new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();

        // Assert
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(versions, Is.Not.Empty, "objdump listed no GLIBC versions: is bootstrap dynamically linked?");
        Assert.That(versions.Where(version => version > new Version(2, 34)), Is.Empty);
    }

    [Test]
    public async Task The_native_bootstrap_answers_real_envelopes_through_the_Runtime_API()
    {
        // Arrange
        var api = await FakeRuntimeApi.StartAsync();
        using var process = StartBootstrap(api, Samples.SkillId);
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Act
        var launch = await api.Enqueue(Samples.Envelope("launch"), traceId: "Root=1-00000001-aaaa").WaitAsync(RunningHost.HangGuard);
        var help = await api.Enqueue(Samples.Envelope("help")).WaitAsync(RunningHost.HangGuard);
        var capital = await api.Enqueue(Samples.Envelope("capital")).WaitAsync(RunningHost.HangGuard);
        var rejected = await api.Enqueue(Samples.Envelope("launch", Samples.OtherSkillId)).WaitAsync(RunningHost.HangGuard);
        var malformed = await api.Enqueue("{not json"u8.ToArray()).WaitAsync(RunningHost.HangGuard);
        await api.DisposeAsync();
        await process.WaitForExitAsync().WaitAsync(RunningHost.HangGuard);
        var log = await stdout;

        // Assert
        Assert.That(new[] { launch.Kind, help.Kind, capital.Kind }, Is.All.EqualTo(PostedResult.Response), log);
        Assert.That(launch.Json.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString(), Does.StartWith("<speak>"));
        Assert.That(rejected.ErrorType, Is.EqualTo("Alexa.SkillIdMismatch"));
        Assert.That(malformed.ErrorType, Is.EqualTo("Alexa.InvalidJson"));
        Assert.That(process.ExitCode, Is.EqualTo(LambdaEntryPoint.ExitRuntimeApiGone), "The Runtime API went away; the host must exit.");
        var invocations = log.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.GetProperty("event").GetString() == "invocation")
            .ToList();
        Assert.That(invocations, Has.Count.EqualTo(5));
        Assert.That(Samples.Secrets.Where(log.Contains), Is.Empty);
    }

    [Test]
    public async Task The_native_bootstrap_answers_every_public_request_sample()
    {
        // Arrange: verification of the skill ID off, as the samples carry other skills' IDs (or none).
        var files = SampleEnvelopes.RequestFiles().ToList();
        var api = await FakeRuntimeApi.StartAsync();
        using var process = StartBootstrap(api, skillId: null, verifySkillId: false);
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Act
        var results = new List<PostedResult>();
        foreach (var file in files)
            results.Add(await api.Enqueue(Samples.Public(file)).WaitAsync(RunningHost.HangGuard));
        await api.DisposeAsync();
        await process.WaitForExitAsync().WaitAsync(RunningHost.HangGuard);
        var log = await stdout;

        // Assert
        Assert.That(files, Has.Count.EqualTo(26));
        foreach (var (file, result) in files.Zip(results))
        {
            Assert.That(result.Kind, Is.EqualTo(PostedResult.Response), () => $"{file}: {result}\n{log}");
            Assert.That(result.Json.GetProperty("version").GetString(), Is.EqualTo("1.0"), file);
        }
        var launch = results[files.IndexOf("aws__aws-lambda-dotnet__alexa-start-session.json")].Json.GetProperty("response");
        Assert.That(launch.GetProperty("outputSpeech").GetProperty("ssml").GetString(), Does.StartWith("<speak>Welcome to World Capitals."));
        Assert.That(launch.GetProperty("shouldEndSession").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_native_bootstrap_reports_a_missing_skill_id_as_an_init_error()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();

        // Act
        using var process = StartBootstrap(api, skillId: null);
        var initError = await api.InitError.WaitAsync(RunningHost.HangGuard);
        await process.WaitForExitAsync().WaitAsync(RunningHost.HangGuard);

        // Assert
        Assert.That(initError.ErrorTypeHeader, Is.EqualTo("Host.ConfigurationError"));
        Assert.That(process.ExitCode, Is.EqualTo(LambdaEntryPoint.ExitInitFailed));
    }

    private Process StartBootstrap(FakeRuntimeApi api, string? skillId, bool verifySkillId = true)
    {
        var start = new ProcessStartInfo(_bootstrapPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(_bootstrapPath)!,
        };
        start.Environment.Clear();
        start.Environment[LambdaNames.RuntimeApiVariable] = api.Address;
        if (skillId is not null)
            start.Environment[LambdaNames.SkillIdVariable] = skillId;
        if (!verifySkillId)
            start.Environment[LambdaNames.SkillIdVerificationVariable] = LambdaNames.VerificationDisabled;
        return Process.Start(start) ?? throw new InvalidOperationException("bootstrap did not start.");
    }

    private static async Task<(int ExitCode, string Output)> RunToolAsync(string tool, string[] arguments, string aptPackage)
    {
        try
        {
            return await RunAsync(tool, arguments, Directory.GetCurrentDirectory(), RunningHost.HangGuard);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new AssertionException($"{tool} is not installed; install the apt package '{aptPackage}'. ({exception.Message})");
        }
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan hangGuard)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(hangGuard);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"GLIBC_(\d+)\.(\d+)(?:\.\d+)?")]
    private static partial Regex GlibcVersion();
}
