using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using WorldCapitals.Capitals.DynamoDb;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Cli.DynamoDb;

/// <summary>Where the table and the embedded data disagree: missing, extra, malformed items and differing capitals.</summary>
internal static class CapitalsTableDiff
{
    public static async Task<IReadOnlyList<TableDifference>> CompareAsync(
        IAmazonDynamoDB client,
        string tableName,
        CapitalsData embedded,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        var items = await ScanAsync(client, tableName, cancellationToken);
        var differences = new List<TableDifference>();
        foreach (var country in embedded.Countries)
        {
            if (!items.Remove(country.Id, out var item))
                differences.Add(new TableDifference(country.Id, "missing in table"));
            else if (!CapitalItems.TryReadCapitals(item, out var capitals, out var problem, allowEmpty: country.NoCapital is not null))
                differences.Add(new TableDifference(country.Id, "malformed item in table: " + problem));
            else
                differences.AddRange(CompareCapitals(country, capitals));
        }
        foreach (var extra in items.Keys.Order(StringComparer.Ordinal))
            differences.Add(new TableDifference(extra, "extra in table (not in the embedded data)"));
        return differences;
    }

    public static IEnumerable<TableDifference> CompareCapitals(Country country, IReadOnlyList<Capital> table)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(table);
        var embedded = country.Capitals;
        if (embedded.Count != table.Count)
        {
            yield return new TableDifference(country.Id,
                $"capitals: embedded [{Describe(embedded)}], table [{Describe(table)}]");
            yield break;
        }
        for (var index = 0; index < embedded.Count; index++)
        {
            foreach (var (field, left, right) in new[]
            {
                (CapitalsTable.Name, embedded[index].Name, table[index].Name),
                (CapitalsTable.Speech, embedded[index].Speech, table[index].Speech),
                (CapitalsTable.Role, embedded[index].Role, table[index].Role),
            })
            {
                if (!string.Equals(left, right, StringComparison.Ordinal))
                    yield return new TableDifference(country.Id, $"capital {index + 1} {field}: embedded {Quote(left)}, table {Quote(right)}");
            }
        }
    }

    private static async Task<Dictionary<string, Dictionary<string, AttributeValue>>> ScanAsync(
        IAmazonDynamoDB client,
        string tableName,
        CancellationToken cancellationToken)
    {
        var items = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                ConsistentRead = true,
                ExclusiveStartKey = startKey,
                ProjectionExpression = "#id, #capitals",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#id"] = CapitalsTable.Id, ["#capitals"] = CapitalsTable.Capitals },
            }, cancellationToken);
            foreach (var item in page.Items ?? [])
            {
                if (item.TryGetValue(CapitalsTable.Id, out var id) && id.S is not null)
                    items[id.S] = item;
            }
            startKey = page.LastEvaluatedKey is { Count: > 0 } ? page.LastEvaluatedKey : null;
        }
        while (startKey is not null);
        return items;
    }

    private static string Describe(IReadOnlyList<Capital> capitals) =>
        string.Join(", ", capitals.Select(capital => capital.Role is null ? Quote(capital.Name) : $"{Quote(capital.Name)} ({capital.Role})"));

    private static string Quote(string? value) => value is null ? "(none)" : $"\"{value}\"";
}

internal sealed record TableDifference(string CountryId, string Description)
{
    public override string ToString() => $"{CountryId}: {Description}";
}
