using System.Text;
using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;

namespace WorldCapitals.Simulator.Tests.Cli;

public class InvokeCommandTests
{
    // As captured from a real skill years ago: another skill ID, an old timestamp.
    internal const string CapturedLaunch = """
        {"version":"1.0",
         "session":{"new":true,"sessionId":"amzn1.echo-api.session.captured","application":{"applicationId":"amzn1.ask.skill.some-other-skill"},"user":{"userId":"amzn1.ask.account.captured"}},
         "context":{"System":{"application":{"applicationId":"amzn1.ask.skill.some-other-skill"},"user":{"userId":"amzn1.ask.account.captured"},"device":{"deviceId":"d","supportedInterfaces":{}},"apiEndpoint":"https://api.amazonalexa.com"}},
         "request":{"type":"LaunchRequest","requestId":"amzn1.echo-api.request.captured","timestamp":"2019-03-04T05:06:07Z","locale":"en-US"}}
        """;

    internal static async Task<(int ExitCode, string Output, string Error)> Invoke(string path, bool strict = false, string? endpoint = null, string standardInput = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        var exitCode = await InvokeCommand.RunAsync(path, strict, endpoint, input, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    internal static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"request-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public async Task A_captured_envelope_is_answered_with_the_checks_off()
    {
        var file = TempFile(CapturedLaunch);
        try
        {
            var (exitCode, output, error) = await Invoke(file);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
                Assert.That(JsonNode.Parse(output)!["response"]!["outputSpeech"]!["ssml"]!.GetValue<string>(), Does.Contain("Welcome to World Capitals"));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Standard_input_is_read_for_a_dash()
    {
        var (exitCode, output, _) = await Invoke("-", standardInput: CapturedLaunch);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("Welcome to World Capitals"));
        });
    }

    [Test]
    public async Task Strict_rejects_a_captured_envelope_with_exit_code_1_and_one_line()
    {
        var (exitCode, output, error) = await Invoke("-", strict: true, standardInput: CapturedLaunch);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.NotAnswered));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith("capitals invoke: the skill did not answer (SkillIdMismatch)"));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [Test]
    public async Task An_envelope_the_protocol_layer_rejects_gives_exit_code_1_and_one_line()
    {
        var (exitCode, _, error) = await Invoke("-", standardInput: """{"version":"1.0","request":42}""");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.NotAnswered));
            Assert.That(error, Does.StartWith("capitals invoke: the skill did not answer (InvalidEnvelope)"));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [Test]
    public async Task Invalid_json_gives_exit_code_2_and_one_line()
    {
        var file = TempFile("{ not json");
        try
        {
            var (exitCode, _, error) = await Invoke(file);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
                Assert.That(error, Does.StartWith($"capitals invoke: {file} is not valid JSON"));
                Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task An_unreadable_file_gives_exit_code_2_and_one_line()
    {
        var (exitCode, _, error) = await Invoke("/nonexistent/request.json");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.StartWith("capitals invoke: cannot read /nonexistent/request.json"));
        });
    }
}
