using Amazon.DynamoDBv2.Model;
using WorldCapitals.Cli;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

public sealed class DiffCommandTests
{
    private static string Endpoint => DynaliteFixture.Server.Endpoint;

    [Test]
    public async Task Diff_of_a_freshly_imported_table_reports_identical_and_exits_0()
    {
        using var client = LocalDynamoDb.Client(Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);

        var (exitCode, output, _) = await CapitalsCli.RunAsync("diff", "--table", table, "--endpoint", Endpoint);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(output.Trim(), Is.EqualTo($"identical: {table} holds the embedded capitals of all {CapitalsData.Embedded.Countries.Count} places"));
    }

    [Test]
    public async Task Diff_lists_missing_extra_malformed_and_edited_items_and_exits_1()
    {
        using var client = LocalDynamoDb.Client(Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);
        await client.DeleteItemAsync(new DeleteItemRequest { TableName = table, Key = new() { ["id"] = new() { S = "DE" } } });
        await LocalDynamoDb.PutRawAsync(client, table, new() { ["id"] = new() { S = "QQ" }, ["capitals"] = new() { L = [new() { M = new() { ["name"] = new() { S = "Nowhere" } } }] } });
        await LocalDynamoDb.PutRawAsync(client, table, new() { ["id"] = new() { S = "IT" }, ["capitals"] = new() { L = [] } });
        await LocalDynamoDb.PutCapitalsAsync(client, table, "FR", new Capital { Name = "Lyon", Role = "executive" });
        var bolivia = CapitalsData.Embedded.FindById("BO")!.Capitals;
        await LocalDynamoDb.PutCapitalsAsync(client, table, "BO", bolivia[0]);

        var (exitCode, output, _) = await CapitalsCli.RunAsync("diff", "--table", table, "--endpoint", Endpoint);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.OutOfDate));
        Assert.That(output, Does.Contain("DE: missing in table"));
        Assert.That(output, Does.Contain("QQ: extra in table (not in the embedded data)"));
        Assert.That(output, Does.Contain("IT: malformed item in table: 'capitals' is empty"));
        Assert.That(output, Does.Contain("FR: capital 1 name: embedded \"Paris\", table \"Lyon\""));
        Assert.That(output, Does.Contain("FR: capital 1 role: embedded (none), table \"executive\""));
        Assert.That(output, Does.Contain("BO: capitals: embedded ["));
        Assert.That(output, Does.Contain("6 differences in 5 places"));
    }

    [Test]
    public async Task Diff_of_a_missing_table_fails_with_exit_2()
    {
        var (exitCode, _, error) = await CapitalsCli.RunAsync("diff", "--table", LocalDynamoDb.NewTableName(), "--endpoint", Endpoint);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(error, Does.Contain("does not exist"));
    }
}
