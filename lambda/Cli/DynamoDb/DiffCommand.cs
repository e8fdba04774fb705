using System.CommandLine;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>`capitals diff --table NAME [--endpoint URL]`: where the table and the embedded data disagree.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var tableOption = DynamoDbOptions.Table();
        var endpointOption = DynamoDbOptions.Endpoint();
        var command = new Command("diff", "List where a DynamoDB capitals table and the embedded data disagree; exit 1 when they do.")
        {
            tableOption,
            endpointOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var client = DynamoDbClients.ForTools(parseResult.GetValue(endpointOption));
            return await RunAsync(
                client,
                parseResult.GetValue(tableOption)!,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(IAmazonDynamoDB client, string table, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var embedded = CapitalsData.Embedded;
            var differences = await CapitalsTableDiff.CompareAsync(client, table, embedded, cancellationToken);
            foreach (var difference in differences)
                await output.WriteLineAsync(difference.ToString());
            if (differences.Count == 0)
            {
                await output.WriteLineAsync($"identical: {table} holds the embedded capitals of all {embedded.Countries.Count} places");
                return ExitCodes.Success;
            }
            var countries = differences.Select(difference => difference.CountryId).Distinct(StringComparer.Ordinal).Count();
            await output.WriteLineAsync($"{differences.Count} differences in {countries} places");
            return ExitCodes.OutOfDate;
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            await error.WriteLineAsync($"capitals diff: {DynamoDbErrors.Describe(exception, table)}");
            return ExitCodes.Failed;
        }
    }
}
