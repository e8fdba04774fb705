using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Capitals.DynamoDb;

/// <summary>
/// The capital facts from a DynamoDB table, so an operator can correct a capital without a deploy. One GetItem per
/// question; each attempt has its own timeout and a failed attempt is retried once at most (the client's own retries
/// must be off, see <see cref="DynamoDbClients"/>), so the worst case is 2 × the timeout (2 s by default). Every
/// failure — timeout, throttling, a missing table or item, a malformed item, any service or network error, even the
/// caller cancelling — answers from the directory it decorates (the embedded data) and logs one "fallback to embedded data" line saying why.
/// It never throws: a user never hears an error caused by DynamoDB.
/// </summary>
public sealed class DynamoDbCapitalDirectory : ICapitalDirectory
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The first try and at most one retry.</summary>
    public const int MaxAttempts = 2;

    private readonly IAmazonDynamoDB _client;
    private readonly ICapitalDirectory _fallback;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public DynamoDbCapitalDirectory(IAmazonDynamoDB client, string tableName, ICapitalDirectory fallback, ILogger logger, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        TableName = tableName;
        _fallback = fallback;
        _logger = logger;
        _timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(timeout));
    }

    public string TableName { get; }

    /// <summary>The per-attempt timeout.</summary>
    public TimeSpan Timeout => _timeout;

    public async ValueTask<IReadOnlyList<Capital>> FindCapitalsAsync(Country country, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(country);
        var countryId = country.Id;
        for (var attempt = 1; ; attempt++)
        {
            var (capitals, failure) = await TryGetAsync(countryId, cancellationToken);
            // The table holds English names; the other languages' names of an unchanged capital come from the embedded data.
            if (failure is null)
                return [.. capitals!.Select(capital => capital.WithNamesOf(country.Capitals))];
            if (!failure.Retry || attempt == MaxAttempts)
                return await FallBackAsync(country, failure.Reason);
            DirectoryLog.Retrying(_logger, countryId, attempt, failure.Reason, TableName);
        }
    }

    private async ValueTask<(IReadOnlyList<Capital>? Capitals, Failure? Failure)> TryGetAsync(string countryId, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return (null, Failure.Final("cancelled by the caller"));

        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(_timeout);
        try
        {
            var response = await _client.GetItemAsync(CreateRequest(countryId), attemptTimeout.Token);
            if (response.Item is null || response.Item.Count == 0)
                return (null, Failure.Final("no item for this id"));
            return CapitalItems.TryReadCapitals(response.Item, out var capitals, out var problem)
                ? (capitals, null)
                : (null, Failure.Final("malformed item: " + problem));
        }
#pragma warning disable CA1031 // The directory must never throw: every exception becomes the embedded answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (cancellationToken.IsCancellationRequested)
                return (null, Failure.Final("cancelled by the caller"));
            if (attemptTimeout.IsCancellationRequested)
                return (null, Failure.Retryable($"timeout after {_timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms"));
            return (null, Classify(exception));
        }
    }

    private GetItemRequest CreateRequest(string countryId) => new()
    {
        TableName = TableName,
        Key = new Dictionary<string, AttributeValue> { [CapitalsTable.Id] = new AttributeValue { S = countryId } },
        ConsistentRead = false,
        ProjectionExpression = "#capitals",
        ExpressionAttributeNames = new Dictionary<string, string> { ["#capitals"] = CapitalsTable.Capitals },
    };

    private static Failure Classify(Exception exception) => exception switch
    {
        ResourceNotFoundException => Failure.Final("table not found"),
        ProvisionedThroughputExceededException or RequestLimitExceededException =>
            Failure.Retryable($"throttled ({exception.GetType().Name})"),
        AmazonServiceException { ErrorCode: "ThrottlingException" or "ThrottlingError" } =>
            Failure.Retryable("throttled (ThrottlingException)"),
        AmazonServiceException service when (int)service.StatusCode >= 500 =>
            Failure.Retryable($"service error {service.ErrorCode} (HTTP {(int)service.StatusCode})"),
        AmazonServiceException service when service.StatusCode != 0 =>
            Failure.Final($"service error {service.ErrorCode} (HTTP {(int)service.StatusCode}): {service.Message}"),
        // No HTTP answer at all: connection refused or reset, DNS, TLS. Worth one more try.
        AmazonClientException or AmazonServiceException or HttpRequestException or IOException =>
            Failure.Retryable($"unreachable ({exception.GetType().Name}: {exception.Message})"),
        _ => Failure.Final($"unexpected error ({exception.GetType().Name}: {exception.Message})"),
    };

    private ValueTask<IReadOnlyList<Capital>> FallBackAsync(Country country, string reason)
    {
        DirectoryLog.FellBack(_logger, country.Id, reason, TableName);
        // The caller's token may be the reason for falling back; the embedded answer must still come.
        return _fallback.FindCapitalsAsync(country, CancellationToken.None);
    }

    private sealed record Failure(string Reason, bool Retry)
    {
        public static Failure Final(string reason) => new(reason, Retry: false);

        public static Failure Retryable(string reason) => new(reason, Retry: true);
    }
}
