using System.Net;
using System.Text.Json.Nodes;
using WorldCapitals.Cli;
using WorldCapitals.Cli.Simulator;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Cli;

public class EndpointTests
{
    [Test]
    public async Task Ask_sends_the_envelope_to_the_endpoint()
    {
        using var endpoint = new LocalEndpoint();

        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest("what's the capital of peru", null, Json: false, Endpoint: endpoint.Url));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error);
            Assert.That(output, Does.StartWith("Alexa: The capital of Peru is Lima."));
            Assert.That(endpoint.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Invoke_sends_the_envelope_to_the_endpoint()
    {
        using var endpoint = new LocalEndpoint();

        var (exitCode, output, _) = await InvokeCommandTests.Invoke("-", endpoint: endpoint.Url, standardInput: InvokeCommandTests.CapturedLaunch);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(JsonNode.Parse(output)!["response"]!["shouldEndSession"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task An_unreachable_endpoint_is_exit_code_1_and_one_line()
    {
        var url = $"http://127.0.0.1:{LocalEndpoint.FreePort()}/";

        var (exitCode, output, error) = await AskCommandTests.Ask(new AskRequest("what's the capital of peru", null, Json: false, Endpoint: url));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.NotAnswered));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith($"capitals ask: cannot reach {url}"));
            Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        });
    }

    [Test]
    public async Task An_http_error_is_exit_code_1_with_the_status()
    {
        using var endpoint = new LocalEndpoint(HttpStatusCode.Forbidden);

        var (exitCode, _, error) = await InvokeCommandTests.Invoke("-", endpoint: endpoint.Url, standardInput: InvokeCommandTests.CapturedLaunch);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.NotAnswered));
            Assert.That(error, Does.Contain("answered 403 Forbidden"));
        });
    }

    [TestCase("not a url")]
    [TestCase("ftp://127.0.0.1/")]
    public async Task An_endpoint_that_is_not_an_http_url_is_a_usage_error(string url)
    {
        var (exitCode, _, error) = await AskCommandTests.Ask(new AskRequest("peru", null, Json: false, Endpoint: url));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Does.Contain("--endpoint must be an absolute http or https URL"));
        });
    }
}
