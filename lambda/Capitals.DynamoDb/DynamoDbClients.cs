using System.Net;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace WorldCapitals.Capitals.DynamoDb;

/// <summary>
/// Builds the low-level DynamoDB clients. Region, endpoint and credentials come from the SDK's standard settings
/// (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL, the credential chain); this code reads none of them.
/// </summary>
public static class DynamoDbClients
{
    /// <summary>Signing region for an explicit endpoint when nothing else names one; local servers ignore it.</summary>
    public const string LocalRegion = "us-east-1";

    /// <summary>The client the skill reads with: the SDK's own retries are off, because
    /// <see cref="DynamoDbCapitalDirectory"/> owns the time budget (per-attempt timeout, one retry).</summary>
    public static AmazonDynamoDBClient ForDirectory(TimeSpan attemptTimeout) =>
        new(new AmazonDynamoDBConfig { MaxErrorRetry = 0, ConnectTimeout = attemptTimeout });

    /// <summary>
    /// The client the import and diff commands use: the SDK's standard settings and retries, or an explicit endpoint
    /// (ServiceURL). For an endpoint on this machine with no credentials configured (no AWS_ACCESS_KEY_ID, no
    /// AWS_PROFILE or default profile), dummy credentials are used: local servers such as dynalite accept any.
    /// </summary>
    public static AmazonDynamoDBClient ForTools(string? endpoint)
    {
        var config = new AmazonDynamoDBConfig();
        if (endpoint is null)
            return new AmazonDynamoDBClient(config);

        config.ServiceURL = endpoint;
        if (Environment.GetEnvironmentVariable("AWS_REGION") is null && Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") is null)
            config.AuthenticationRegion = LocalRegion;
        return IsLoopback(endpoint) && !HasConfiguredCredentials()
            ? new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config)
            : new AmazonDynamoDBClient(config);
    }

    private static bool IsLoopback(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));

    // Only the sources that need no network: the environment and the shared credentials/config files.
    private static bool HasConfiguredCredentials() =>
        Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is not null
        || new CredentialProfileStoreChain().TryGetAWSCredentials(Environment.GetEnvironmentVariable("AWS_PROFILE") ?? "default", out _);
}
