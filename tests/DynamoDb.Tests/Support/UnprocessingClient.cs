using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace WorldCapitals.DynamoDb.Tests.Support;

/// <summary>
/// A real client that, like a throttled table, leaves the last <c>unprocessedPerCall</c> items of a batch (all, in a smaller one) unprocessed
/// for the first <c>throttledCalls</c> BatchWriteItem calls (dynalite never does this by itself).
/// </summary>
internal sealed class UnprocessingClient(string endpoint, int throttledCalls, int unprocessedPerCall)
    : AmazonDynamoDBClient(new BasicAWSCredentials("x", "x"), new AmazonDynamoDBConfig { ServiceURL = endpoint, AuthenticationRegion = LocalDynamoDb.Region })
{
    public int BatchCalls { get; private set; }

    public List<int> BatchSizes { get; } = [];

    public override async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        BatchCalls++;
        var (table, writes) = request.RequestItems.Single();
        BatchSizes.Add(writes.Count);
        if (BatchCalls > throttledCalls)
            return await base.BatchWriteItemAsync(request, cancellationToken);

        var written = writes.Take(Math.Max(0, writes.Count - unprocessedPerCall)).ToList();
        if (written.Count > 0)
            await base.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [table] = written } }, cancellationToken);
        return new BatchWriteItemResponse { UnprocessedItems = new() { [table] = writes.Skip(written.Count).ToList() } };
    }
}
