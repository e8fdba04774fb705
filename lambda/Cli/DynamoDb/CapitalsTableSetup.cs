using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using WorldCapitals.Capitals.DynamoDb;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>Creates the capitals table (on-demand billing) when it does not exist, and waits until it is ACTIVE.</summary>
internal static class CapitalsTableSetup
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    /// <summary>True when the table was created, false when it already existed.</summary>
    public static async Task<bool> CreateIfMissingAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await FindStatusAsync(client, tableName, cancellationToken) is { } existing)
        {
            await WaitUntilActiveAsync(client, tableName, existing, cancellationToken);
            return false;
        }

        try
        {
            await client.CreateTableAsync(new CreateTableRequest
            {
                TableName = tableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                // v4 collections are null by default: always create them.
                AttributeDefinitions = new List<AttributeDefinition> { new() { AttributeName = CapitalsTable.Id, AttributeType = ScalarAttributeType.S } },
                KeySchema = new List<KeySchemaElement> { new() { AttributeName = CapitalsTable.Id, KeyType = KeyType.HASH } },
            }, cancellationToken);
        }
        catch (ResourceInUseException)
        {
            // Created by someone else in the meantime: wait for it like for our own.
        }

        await WaitUntilActiveAsync(client, tableName, await FindStatusAsync(client, tableName, cancellationToken), cancellationToken);
        return true;
    }

    private static async Task WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, TableStatus? status, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + MaxWait;
        while (status != TableStatus.ACTIVE)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Table {tableName} is still {status?.Value ?? "missing"} after {MaxWait.TotalSeconds} s.");
            await Task.Delay(PollInterval, cancellationToken);
            status = await FindStatusAsync(client, tableName, cancellationToken);
        }
    }

    private static async Task<TableStatus?> FindStatusAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken)).Table?.TableStatus;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}
