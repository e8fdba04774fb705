using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;

namespace WorldCapitals.Simulator.Tests.Cli;

/// <summary>Test events with a placeholder timestamp: accepted with a warning while the timestamp check is off, refused with --strict.</summary>
public class PlaceholderTimestampTests
{
    private static string LaunchWithTimestamp(string timestampJson) =>
        """{"version":"1.0","request":{"type":"LaunchRequest","requestId":"r","timestamp":""" + timestampJson + ""","locale":"en-US"}}""";

    [TestCase("\"now\"")]
    [TestCase("\"string\"")]
    [TestCase("\"{{timestamp}}\"")]
    [TestCase("true")]
    [TestCase("{}")]
    [TestCase("1e30")]
    public async Task A_placeholder_is_replaced_by_the_current_time_with_a_one_line_warning(string placeholder)
    {
        // Arrange
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        // Act
        var (exitCode, output, error) = await InvokeCommandTests.Invoke("-", standardInput: LaunchWithTimestamp(placeholder));

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That((string?)JsonNode.Parse(output)!["response"]!["outputSpeech"]!["ssml"], Does.Contain("Welcome to World Capitals"));
            Assert.That(error, Does.StartWith($"capitals invoke: warning: standard input: request.timestamp {JsonNode.Parse(placeholder)!.ToJsonString()} is not a date; sending the current time ("));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
        var sent = DateTimeOffset.Parse(error[(error.IndexOf("current time (", StringComparison.Ordinal) + 14)..error.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(sent, Is.GreaterThanOrEqualTo(before.AddSeconds(-1)).And.LessThanOrEqualTo(DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [Test]
    public async Task Strict_refuses_a_placeholder_and_says_how_to_fix_the_file()
    {
        var (exitCode, output, error) = await InvokeCommandTests.Invoke("-", strict: true, standardInput: LaunchWithTimestamp("\"now\""));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith("capitals invoke: standard input: request.timestamp \"now\" is not a date; with --strict it must be the time of the request, as an ISO 8601 string such as \""));
            Assert.That(error, Does.Contain("or as epoch milliseconds"));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [TestCase("\"2019-03-04T05:06:07Z\"")]
    [TestCase("\"2019-03-04T05:06:07.123+01:00\"")]
    [TestCase("1551675967000")]
    [TestCase("null")]
    public async Task A_real_timestamp_is_sent_as_it_is_without_a_warning(string timestamp)
    {
        var (exitCode, _, error) = await InvokeCommandTests.Invoke("-", standardInput: LaunchWithTimestamp(timestamp));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public void Invoke_help_says_what_happens_to_a_placeholder_timestamp()
    {
        var description = InvokeCommand.Create().Description;

        Assert.That(description, Does.Contain("\"now\"").And.Contain("current time").And.Contain("--strict it is refused"));
    }
}
