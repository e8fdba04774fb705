using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.DynamoDb.Tests.Support;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests;

/// <summary>The factory a host calls at start-up. The SDK reads region, endpoint and credentials from the process
/// environment itself, so these tests set real environment variables and restore them afterwards.</summary>
[NonParallelizable]
public sealed class CapitalDirectoryFactoryTests
{
    private SavedEnvironment _environment = null!;

    [SetUp]
    public void SaveEnvironment() =>
        _environment = new SavedEnvironment("CAPITALS_TABLE", "AWS_REGION", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");

    [TearDown]
    public void RestoreEnvironment() => _environment.Dispose();

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Without_CAPITALS_TABLE_there_is_no_directory_and_the_skill_uses_the_embedded_data(string? table)
    {
        var directory = CapitalDirectoryFactory.FromEnvironment(getVariable: name => name == "CAPITALS_TABLE" ? table : null);

        Assert.That(directory, Is.Null);
    }

    [Test]
    public void With_CAPITALS_TABLE_the_directory_reads_that_table_with_the_default_timeout()
    {
        Environment.SetEnvironmentVariable("AWS_REGION", LocalDynamoDb.Region);

        var directory = CapitalDirectoryFactory.FromEnvironment(getVariable: name => name == "CAPITALS_TABLE" ? "world-capitals" : null);

        Assert.That(directory, Is.Not.Null);
        Assert.That(directory!.TableName, Is.EqualTo("world-capitals"));
        Assert.That(directory.Timeout, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task The_SDKs_standard_region_endpoint_and_credential_variables_reach_the_table()
    {
        using var client = LocalDynamoDb.Client(DynaliteFixture.Server.Endpoint);
        var table = await LocalDynamoDb.CreateImportedTableAsync(client);
        await LocalDynamoDb.PutCapitalsAsync(client, table, "CA", new Capital { Name = "Table Ottawa" });
        Environment.SetEnvironmentVariable("CAPITALS_TABLE", table);
        Environment.SetEnvironmentVariable("AWS_REGION", LocalDynamoDb.Region);
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB", DynaliteFixture.Server.Endpoint);
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "x");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "x");

        var directory = CapitalDirectoryFactory.FromEnvironment();
        var answer = TestSkill.Ssml(await TestSkill.Create(directory).AnswerAsync("CA"));

        Assert.That(answer, Does.Contain("Table Ottawa"), "the answer came from the table the variables point to");
    }
}
