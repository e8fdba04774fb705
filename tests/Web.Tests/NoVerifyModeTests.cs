using System.Net;
using WorldCapitals.Web.Tests.Support;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>--no-verify (simulator only) and the host's start-up rules.</summary>
[TestFixture]
public sealed class NoVerifyModeTests
{
    [Test]
    public async Task With_no_verify_an_unsigned_stale_request_for_any_skill_is_answered()
    {
        await using var host = await AlexaHost.StartAsync(
            ["--urls", "http://127.0.0.1:0", "--no-verify"], AlexaVerificationPolicy.Production, TimeProvider.System);
        var body = Envelopes.Launch(new DateTimeOffset(2016, 10, 27, 18, 21, 44, TimeSpan.Zero), skillId: "amzn1.ask.skill.captured");

        using var request = Envelopes.Post(body, certificateUrl: null, signature256: null);
        using var response = await host.Client.SendAsync(request);
        var answer = await HostAnswer.ReadAsync(response);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
    }

    [Test]
    public async Task With_no_verify_health_reports_verification_off()
    {
        await using var host = await AlexaHost.StartAsync(
            ["--urls", "http://127.0.0.1:0", "--no-verify"], AlexaVerificationPolicy.Production, TimeProvider.System);

        var health = await host.Client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.That(health, Is.EqualTo("""{"status":"ok","verification":"off"}"""));
    }

    [Test]
    public async Task Without_no_verify_verification_is_on_and_unsigned_requests_are_rejected()
    {
        await using var host = await AlexaHost.StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--SKILL_ID={AlexaHost.SkillId}"], AlexaVerificationPolicy.Production, TimeProvider.System);
        var body = Envelopes.Launch(DateTimeOffset.UtcNow);

        var health = await host.Client.GetStringAsync(new Uri("/health", UriKind.Relative));
        using var request = Envelopes.Post(body, certificateUrl: null, signature256: null);
        using var response = await host.Client.SendAsync(request);
        var answer = await HostAnswer.ReadAsync(response);

        Assert.That(health, Does.Contain("\"verification\":\"on\""));
        Assert.That(answer.Error, Is.EqualTo("MissingSignatureHeader"));
    }

    [Test]
    public void Without_no_verify_the_host_refuses_to_start_without_a_skill_id()
    {
        Assert.That(
            () => AlexaWebApp.Build(["--urls", "http://127.0.0.1:0"], AlexaVerificationPolicy.Production),
            Throws.TypeOf<WebHostConfigurationException>().With.Message.Contains("SKILL_ID"));
    }

    [Test]
    public void No_verify_is_only_ever_set_by_the_switch()
    {
        var (withSwitch, rest) = WebHostSettings.ExtractNoVerify(["--urls", "http://x", "--no-verify"]);
        var (withoutSwitch, _) = WebHostSettings.ExtractNoVerify(["--urls", "http://x", "--no-verify=false"]);

        Assert.Multiple(() =>
        {
            Assert.That(withSwitch, Is.True);
            Assert.That(rest, Is.EqualTo(new[] { "--urls", "http://x" }));
            Assert.That(withoutSwitch, Is.False);
        });
    }
}
