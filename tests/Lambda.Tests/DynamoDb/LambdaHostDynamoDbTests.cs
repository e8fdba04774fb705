using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Cli.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Lambda.Tests.DynamoDb;

/// <summary>
/// The host wired to a DynamoDB table through CAPITALS_TABLE, with the SDK's standard settings read from the
/// process environment (endpoint, region, credentials), answering through the fake Runtime API.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LambdaHostDynamoDbTests
{
    private static readonly string[] AwsVariables = ["AWS_ENDPOINT_URL_DYNAMODB", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];

    private readonly Dictionary<string, string?> _savedVariables = [];
    private DynaliteServer? _dynalite;
    private string _table = "";

    [OneTimeSetUp]
    public async Task StartDynaliteWithAnEditedTable()
    {
        _dynalite = await DynaliteServer.StartAsync();
        using var client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("x", "x"), new AmazonDynamoDBConfig { ServiceURL = _dynalite.Endpoint, AuthenticationRegion = "us-east-1" });
        _table = "capitals-lambda-" + Guid.NewGuid().ToString("N")[..8];
        await CapitalsTableSetup.CreateIfMissingAsync(client, _table, CancellationToken.None);
        await new CapitalsImporter(client).ImportAsync(_table, CapitalsData.Embedded.Countries, null, CancellationToken.None);
        var france = CapitalsData.Embedded.FindById("FR")!;
        var edited = new Country { Id = france.Id, Kind = france.Kind, Names = france.Names, Aliases = france.Aliases, Capitals = [new Capital { Name = "Lyon" }] };
        await client.PutItemAsync(new PutItemRequest { TableName = _table, Item = CapitalItems.ToItem(edited, DateTimeOffset.UtcNow) });

        foreach (var name in AwsVariables)
            _savedVariables[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB", _dynalite.Endpoint);
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "x");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "x");
    }

    [OneTimeTearDown]
    public void StopDynalite()
    {
        foreach (var (name, value) in _savedVariables)
            Environment.SetEnvironmentVariable(name, value);
        _dynalite?.Dispose();
    }

    [Test]
    public async Task Host_with_a_capitals_table_answers_from_the_table()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, new Dictionary<string, string?> { [LambdaNames.CapitalsTableVariable] = _table });

        // Act
        var answer = await api.Enqueue(Samples.Envelope("capital")).WaitAsync(RunningHost.HangGuard);
        await host.StopAsync();

        // Assert
        Assert.That(answer.Kind, Is.EqualTo(PostedResult.Response), answer.ToString());
        Assert.That(Speech(answer), Is.EqualTo("<speak>The capital of France is Lyon.</speak>"));
        Assert.That(host.LogText(), Does.Not.Contain("fallback"));
    }

    [Test]
    public async Task Host_with_a_missing_table_answers_from_the_embedded_data_and_logs_the_fallback()
    {
        // Arrange
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var host = RunningHost.Start(api, new Dictionary<string, string?> { [LambdaNames.CapitalsTableVariable] = "no-such-table" });

        // Act
        var answer = await api.Enqueue(Samples.Envelope("capital")).WaitAsync(RunningHost.HangGuard);
        await host.StopAsync();

        // Assert
        Assert.That(answer.Kind, Is.EqualTo(PostedResult.Response), answer.ToString());
        Assert.That(Speech(answer), Is.EqualTo("<speak>The capital of France is Paris.</speak>"));
        Assert.That(host.LogText(), Does.Contain("fallback to embedded data").And.Contain("no-such-table"));
    }

    private static string? Speech(PostedResult answer) =>
        answer.Json.GetProperty("response").GetProperty("outputSpeech").GetProperty("ssml").GetString();
}
