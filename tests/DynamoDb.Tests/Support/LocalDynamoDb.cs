using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Cli.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>Clients and tables on a local server: explicit dummy credentials and region, a fresh table per test.</summary>
internal static class LocalDynamoDb
{
    public const string Region = "us-east-1";

    /// <summary>A client like the directory's (no SDK retries) on this endpoint.</summary>
    public static AmazonDynamoDBClient Client(string endpoint) =>
        new(new BasicAWSCredentials("x", "x"), new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = Region, MaxErrorRetry = 0 });

    public static string NewTableName() => "capitals-" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<string> CreateTableAsync(IAmazonDynamoDB client)
    {
        var table = NewTableName();
        await CapitalsTableSetup.CreateIfMissingAsync(client, table, CancellationToken.None);
        return table;
    }

    public static async Task<string> CreateImportedTableAsync(IAmazonDynamoDB client)
    {
        var table = await CreateTableAsync(client);
        await new CapitalsImporter(client).ImportAsync(table, CapitalsData.Embedded.Countries, null, CancellationToken.None);
        return table;
    }

    public static Task PutCapitalsAsync(IAmazonDynamoDB client, string table, string id, params Capital[] capitals)
    {
        var country = CapitalsData.Embedded.FindById(id) ?? throw new ArgumentException($"No country {id}.", nameof(id));
        var edited = new Country { Id = country.Id, Kind = country.Kind, Names = country.Names, Aliases = country.Aliases, Capitals = capitals };
        return client.PutItemAsync(new PutItemRequest { TableName = table, Item = CapitalItems.ToItem(edited, DateTimeOffset.UtcNow) });
    }

    public static Task PutRawAsync(IAmazonDynamoDB client, string table, Dictionary<string, AttributeValue> item) =>
        client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });

    public static async Task<int> CountAsync(IAmazonDynamoDB client, string table)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = table, Select = Select.COUNT, ExclusiveStartKey = startKey });
            count += page.Count ?? 0;
            startKey = page.LastEvaluatedKey is { Count: > 0 } ? page.LastEvaluatedKey : null;
        }
        while (startKey is not null);
        return count;
    }
}
