using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>
/// Writes every country's capitals to the table with BatchWriteItem, 25 items a batch (the service's limit). Items
/// the service leaves unprocessed are sent again with exponential backoff, up to <see cref="MaxAttemptsPerBatch"/>
/// times. Each item is a whole put, so running it again overwrites the same items: the import is idempotent.
/// </summary>
internal sealed class CapitalsImporter(IAmazonDynamoDB client, TimeProvider? clock = null)
{
    public const int BatchSize = 25;
    public const int MaxAttemptsPerBatch = 8;

    /// <summary>The wait before the first resend; it doubles on each further one (50, 100, 200 ms ... capped at 5 s).</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    /// <param name="progress">Called after each batch is completely written.</param>
    /// <exception cref="ImportException">A batch still had unprocessed items after <see cref="MaxAttemptsPerBatch"/> attempts.</exception>
    public async Task<ImportResult> ImportAsync(
        string tableName,
        IReadOnlyList<Country> countries,
        Action<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var updatedAt = (clock ?? TimeProvider.System).GetUtcNow();
        int written = 0, batches = 0, resends = 0;
        foreach (var chunk in countries.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var requests = chunk
                .Select(country => new WriteRequest { PutRequest = new PutRequest { Item = CapitalItems.ToItem(country, updatedAt) } })
                .ToList();
            resends += await WriteBatchAsync(tableName, requests, cancellationToken);
            written += chunk.Length;
            batches++;
            progress?.Invoke(new ImportProgress(written, countries.Count, batches));
        }
        return new ImportResult(written, batches, resends);
    }

    /// <summary>Writes one batch completely; returns how many resends it needed.</summary>
    private async Task<int> WriteBatchAsync(string tableName, List<WriteRequest> requests, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, List<WriteRequest>> { [tableName] = requests };
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = pending }, cancellationToken);
            // v4: UnprocessedItems may be null when everything was written.
            if (response.UnprocessedItems is null || !response.UnprocessedItems.Any(table => table.Value is { Count: > 0 }))
                return attempt - 1;
            if (attempt == MaxAttemptsPerBatch)
            {
                var left = response.UnprocessedItems.Sum(table => table.Value?.Count ?? 0);
                throw new ImportException($"{left} items were still unprocessed after {MaxAttemptsPerBatch} attempts; the table is throttling. Run the import again later: it is idempotent.");
            }
            pending = response.UnprocessedItems;
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = FirstBackoff * Math.Pow(2, attempt - 1);
        return delay < MaxBackoff ? delay : MaxBackoff;
    }
}

internal sealed record ImportProgress(int Written, int Total, int Batches);

internal sealed record ImportResult(int Written, int Batches, int Resends);

internal sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
