using WorldCapitals.Web.Tests.Support;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>The skill is built before the host listens: a configuration it cannot work with stops the start, in one line.</summary>
[TestFixture]
[NonParallelizable] // changes the process's AWS environment variables for the duration of one test
public sealed class WebHostStartupTests
{
    private static readonly string[] AwsRegionSources = ["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_PROFILE"];

    [Test]
    public void A_capitals_table_without_an_aws_region_stops_the_start_with_a_one_line_reason()
    {
        var saved = AwsRegionSources.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        try
        {
            // No region anywhere the SDK looks: no variables, and config files that do not exist.
            foreach (var name in AwsRegionSources)
                Environment.SetEnvironmentVariable(name, null);
            var nowhere = Path.Combine(Path.GetTempPath(), "world-capitals-no-aws-" + Guid.NewGuid().ToString("N"));
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", nowhere);
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", nowhere);

            var start = () => AlexaWebApp.Build(
                ["--urls", "http://127.0.0.1:0", $"--SKILL_ID={AlexaHost.SkillId}", "--CAPITALS_TABLE=capitals"],
                AlexaVerificationPolicy.Production);

            var failure = Assert.Throws<WebHostConfigurationException>(() => start());
            Assert.That(failure!.Message, Does.Contain("CAPITALS_TABLE=capitals").And.Not.Contain('\n'));
        }
        finally
        {
            foreach (var (name, value) in saved)
                Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Test]
    public async Task A_host_that_started_is_ready_and_says_so()
    {
        await using var host = await AlexaHost.StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--SKILL_ID={AlexaHost.SkillId}"], AlexaVerificationPolicy.Production, TimeProvider.System);

        using var response = await host.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"status":"ok","verification":"on"}"""));
    }
}
