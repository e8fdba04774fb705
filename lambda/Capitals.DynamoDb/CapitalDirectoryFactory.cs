using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorldCapitals.Skill.Capitals;

namespace WorldCapitals.Capitals.DynamoDb;

/// <summary>Chooses the capitals directory from the environment, once per process (a Lambda's cold start).</summary>
public static class CapitalDirectoryFactory
{
    /// <summary>
    /// Null when CAPITALS_TABLE is unset or empty: the skill then uses the embedded data only. Otherwise a
    /// <see cref="DynamoDbCapitalDirectory"/> on that table, with a client built from the SDK's standard settings.
    /// </summary>
    /// <param name="getVariable">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    public static DynamoDbCapitalDirectory? FromEnvironment(
        ILoggerFactory? loggerFactory = null,
        Func<string, string?>? getVariable = null) =>
        ForTable((getVariable ?? Environment.GetEnvironmentVariable)(CapitalsTable.TableVariable), loggerFactory);

    /// <summary>
    /// Null for no table (embedded data only), else a directory on it that falls back to the embedded data;
    /// for hosts that read their configuration themselves.
    /// </summary>
    public static DynamoDbCapitalDirectory? ForTable(string? table, ILoggerFactory? loggerFactory = null)
    {
        if (string.IsNullOrWhiteSpace(table))
            return null;

        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<DynamoDbCapitalDirectory>();
        var timeout = DynamoDbCapitalDirectory.DefaultTimeout;
        return new DynamoDbCapitalDirectory(DynamoDbClients.ForDirectory(timeout), table.Trim(), new EmbeddedCapitalDirectory(), logger, timeout);
    }
}
