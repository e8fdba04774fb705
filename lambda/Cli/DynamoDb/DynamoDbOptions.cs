using System.CommandLine;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>The options the DynamoDB commands share.</summary>
internal static class DynamoDbOptions
{
    public static Option<string> Table() => new("--table")
    {
        Description = "The DynamoDB table holding the capitals (the skill's CAPITALS_TABLE).",
        Required = true,
    };

    public static Option<string?> Endpoint() => new("--endpoint")
    {
        Description = "A DynamoDB endpoint URL, e.g. http://127.0.0.1:8000 for a local server; by default the SDK's "
            + "standard settings (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB, credential chain) choose.",
    };
}
