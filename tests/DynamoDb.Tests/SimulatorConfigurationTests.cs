using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

/// <summary>`capitals ask` runs the skill with the configuration the hosts read, so an operator can check a table
/// edit locally: CAPITALS_TABLE with the AWS SDK's standard region, endpoint and credential variables.</summary>
[NonParallelizable]
public sealed class SimulatorConfigurationTests
{
    // Only a guard so a directory that ignores its time budget fails instead of hanging the run; the budget is far below it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private SavedEnvironment _environment = null!;

    [SetUp]
    public void PointTheSdkAtNothingYet()
    {
        _environment = new SavedEnvironment(
            "CAPITALS_TABLE", "SKILL_ID", "AWS_REGION", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        Environment.SetEnvironmentVariable("SKILL_ID", null);
        Environment.SetEnvironmentVariable("AWS_REGION", LocalDynamoDb.Region);
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "local");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "local");
    }

    [TearDown]
    public void RestoreEnvironment() => _environment.Dispose();

    [Test]
    public async Task With_CAPITALS_TABLE_set_ask_says_the_capital_edited_in_the_table()
    {
        UseTable(await TableWithFranceEditedAsync(), DynaliteFixture.Server.Endpoint);

        var (exitCode, output, error) = await AskAsync("what's the capital of france");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output, Does.Contain("Table City").And.Not.Contain("Paris"));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public async Task Without_CAPITALS_TABLE_ask_says_the_embedded_capital()
    {
        await TableWithFranceEditedAsync();
        UseTable(null, DynaliteFixture.Server.Endpoint);

        var (exitCode, output, _) = await AskAsync("what's the capital of france");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("Paris").And.Not.Contain("Table City"));
    }

    [Test]
    public async Task With_the_table_unreachable_ask_says_the_embedded_capital_and_why_on_standard_error()
    {
        using var server = ScriptedServer.Silent();
        UseTable("capitals", server.Endpoint);

        var ask = AskAsync("what's the capital of france");
        var finished = await Task.WhenAny(ask, Task.Delay(HangGuard));

        Assert.That(finished, Is.SameAs(ask), "capitals ask did not give up on a table that never answers");
        var (exitCode, output, error) = await ask;
        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output, Does.Contain("Paris"));
        Assert.That(error, Does.StartWith("capitals: warning: ").And.Contain("fallback to embedded data").And.Contain("timeout"));
    }

    [Test]
    public async Task Invoke_strict_checks_the_skill_ID_from_SKILL_ID_as_the_hosts_do()
    {
        UseTable(null, DynaliteFixture.Server.Endpoint);
        var envelope = Path.Combine(Path.GetTempPath(), $"launch-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(envelope, Envelopes.Launch(timestamp: DateTimeOffset.UtcNow).Bytes());
        try
        {
            var withoutSkillId = await InvokeStrictAsync(envelope);
            Environment.SetEnvironmentVariable("SKILL_ID", Envelopes.SkillId);
            var withSkillId = await InvokeStrictAsync(envelope);

            Assert.That(withoutSkillId.ExitCode, Is.EqualTo(ExitCodes.NotAnswered), "the local development skill ID is not the envelope's");
            Assert.That(withoutSkillId.Error, Does.Contain("SkillIdMismatch"));
            Assert.That(withSkillId.ExitCode, Is.EqualTo(ExitCodes.Success), withSkillId.Error);
        }
        finally
        {
            File.Delete(envelope);
        }
    }

    private static async Task<(int ExitCode, string Error)> InvokeStrictAsync(string envelope)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await InvokeCommand.RunAsync(envelope, strict: true, endpoint: null, Stream.Null, output, error, CancellationToken.None);
        return (exitCode, error.ToString());
    }

    /// <summary>A table holding the embedded capitals, except France's: "Table City".</summary>
    private static async Task<string> TableWithFranceEditedAsync()
    {
        using var client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);
        await LocalDynamoDb.PutCapitalsAsync(client, table, "FR", new Capital { Name = "Table City" });
        return table;
    }

    private static void UseTable(string? table, string endpoint)
    {
        Environment.SetEnvironmentVariable("CAPITALS_TABLE", table);
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
    }

    private static async Task<(int ExitCode, string Output, string Error)> AskAsync(string utterance)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await AskCommand.RunAsync(
            new AskRequest(utterance, File: null, Json: false, Root: Repository.Root), Repository.Root, TextReader.Null, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
