using WorldCapitals.Cli;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

public sealed class ImportCommandTests
{
    private static string Endpoint => DynaliteFixture.Server.Endpoint;

    [Test]
    public async Task Import_with_create_makes_the_table_writes_every_country_and_prints_progress_and_counts()
    {
        var table = LocalDynamoDb.NewTableName();
        var total = CapitalsData.Embedded.Countries.Count;

        var (exitCode, output, error) = await CapitalsCli.RunAsync("import", "--table", table, "--create", "--endpoint", Endpoint);

        Assert.That(error, Is.Empty);
        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.StartWith($"created table {table} (on-demand billing)"));
        Assert.That(output, Does.Contain($"wrote 25/{total} places").And.Contain($"wrote {total}/{total} places"));
        Assert.That(output, Does.Contain($"imported {total} places into {table} in {(total + 24) / 25} batches"));
        using var client = LocalDynamoDb.Client(Endpoint);
        Assert.That(await LocalDynamoDb.CountAsync(client, table), Is.EqualTo(total));
    }

    [Test]
    public async Task Import_run_twice_with_create_is_idempotent()
    {
        var table = LocalDynamoDb.NewTableName();
        await CapitalsCli.RunAsync("import", "--table", table, "--create", "--endpoint", Endpoint);

        var (exitCode, output, _) = await CapitalsCli.RunAsync("import", "--table", table, "--create", "--endpoint", Endpoint);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.StartWith($"table {table} exists"));
        Assert.That((await CapitalsCli.RunAsync("diff", "--table", table, "--endpoint", Endpoint)).ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public async Task Import_into_a_missing_table_without_create_fails_and_says_how_to_create_it()
    {
        var table = LocalDynamoDb.NewTableName();

        var (exitCode, _, error) = await CapitalsCli.RunAsync("import", "--table", table, "--endpoint", Endpoint);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(error, Does.Contain($"table {table} does not exist").And.Contain("--create"));
    }

    [Test]
    public async Task Import_without_a_table_is_a_usage_error()
    {
        var (exitCode, _, error) = await CapitalsCli.RunAsync("import", "--endpoint", Endpoint);

        Assert.That(exitCode, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(error, Does.Contain("--table"));
    }
}
