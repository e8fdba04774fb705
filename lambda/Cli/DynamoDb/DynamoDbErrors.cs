using Amazon.DynamoDBv2.Model;

namespace WorldCapitals.Cli.DynamoDb;

internal static class DynamoDbErrors
{
    /// <summary>One line a user can act on.</summary>
    public static string Describe(Exception exception, string table) => exception switch
    {
        ResourceNotFoundException => $"table {table} does not exist (create it with `capitals import --table {table} --create`).",
        _ => exception.Message,
    };
}
