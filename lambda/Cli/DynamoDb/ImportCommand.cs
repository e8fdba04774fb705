using System.CommandLine;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>`capitals import --table NAME [--create] [--endpoint URL]`: write every country's capitals to the table.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var tableOption = DynamoDbOptions.Table();
        var endpointOption = DynamoDbOptions.Endpoint();
        var createOption = new Option<bool>("--create")
        {
            Description = "Create the table (on-demand billing) when it does not exist, and wait until it is active.",
        };
        var command = new Command("import", "Write the embedded capitals to a DynamoDB table (idempotent: a re-run overwrites the same items).")
        {
            tableOption,
            createOption,
            endpointOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var client = DynamoDbClients.ForTools(parseResult.GetValue(endpointOption));
            return await RunAsync(
                client,
                parseResult.GetValue(tableOption)!,
                parseResult.GetValue(createOption),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(IAmazonDynamoDB client, string table, bool create, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (create)
            {
                var created = await CapitalsTableSetup.CreateIfMissingAsync(client, table, cancellationToken);
                await output.WriteLineAsync(created ? $"created table {table} (on-demand billing)" : $"table {table} exists");
            }

            var countries = CapitalsData.Embedded.Countries;
            var result = await new CapitalsImporter(client).ImportAsync(
                table,
                countries,
                progress => output.WriteLine($"wrote {progress.Written}/{progress.Total} places"),
                cancellationToken);
            await output.WriteLineAsync($"imported {result.Written} places into {table} in {result.Batches} batches ({result.Resends} resends of unprocessed items)");
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is ImportException or AmazonServiceException or AmazonClientException or HttpRequestException or TimeoutException)
        {
            await error.WriteLineAsync($"capitals import: {DynamoDbErrors.Describe(exception, table)}");
            return ExitCodes.Failed;
        }
    }
}
