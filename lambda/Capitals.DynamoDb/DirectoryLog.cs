using Microsoft.Extensions.Logging;

namespace WorldCapitals.Capitals.DynamoDb;

internal static partial class DirectoryLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Warning,
        Message = "Capitals of {CountryId}: fallback to embedded data: {Reason} (table {Table})")]
    public static partial void FellBack(ILogger logger, string countryId, string reason, string table);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information,
        Message = "Capitals of {CountryId}: DynamoDB GetItem attempt {Attempt} failed: {Reason}; retrying once (table {Table})")]
    public static partial void Retrying(ILogger logger, string countryId, int attempt, string reason, string table);
}
