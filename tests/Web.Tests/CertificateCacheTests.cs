using System.Net;
using WorldCapitals.Web.Tests.Support;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>The signing chain is downloaded once per URL and again only when the cached certificate has expired.</summary>
[TestFixture]
public sealed class CertificateCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_chain_is_fetched_once_for_many_requests_and_again_after_the_certificate_expires()
    {
        // Arrange: a signing certificate valid for one more hour.
        var clock = new TestClock(Start);
        using var pki = new TestPki(Start);
        await using var certificates = await CertificateServer.StartAsync();
        using var signing = pki.IssueSigning(notBeforeOffset: TimeSpan.FromHours(-1), lifetime: TimeSpan.FromHours(2));
        var url = certificates.Publish("echo-api-cert.pem", signing.ChainPem);
        await using var host = await AlexaHost.StartVerifyingAsync(pki, certificates, clock);

        // Act: five requests while valid, then one after expiry.
        var whileValid = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            whileValid.Add((await SendAsync(host, signing, url, clock.Now)).Status);
        var fetchesWhileValid = certificates.FetchCount("echo-api-cert.pem");
        clock.Advance(TimeSpan.FromHours(2));
        var afterExpiry = await SendAsync(host, signing, url, clock.Now);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(whileValid, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(fetchesWhileValid, Is.EqualTo(1));
            Assert.That(certificates.FetchCount("echo-api-cert.pem"), Is.EqualTo(2));
            Assert.That(afterExpiry.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(afterExpiry.Error, Is.EqualTo("CertificateNotTimeValid"));
        });
    }

    [Test]
    public async Task A_chain_that_failed_validation_is_remembered_briefly_not_cached()
    {
        var clock = new TestClock(Start);
        using var pki = new TestPki(Start);
        await using var certificates = await CertificateServer.StartAsync();
        using var wrongSan = pki.IssueSigning(san: "example.com");
        var url = certificates.Publish("wrong-san.pem", wrongSan.ChainPem);
        await using var host = await AlexaHost.StartVerifyingAsync(pki, certificates, clock);

        var first = await SendAsync(host, wrongSan, url, clock.Now);
        var second = await SendAsync(host, wrongSan, url, clock.Now);
        var fetchesWhileRemembered = certificates.FetchCount("wrong-san.pem");
        clock.Advance(CertificateChainProvider.FailureMemory + TimeSpan.FromSeconds(1));
        await SendAsync(host, wrongSan, url, clock.Now);

        Assert.Multiple(() =>
        {
            Assert.That(first.Error, Is.EqualTo("CertificateSubjectMismatch"));
            Assert.That(second.Error, Is.EqualTo("CertificateSubjectMismatch"));
            Assert.That(fetchesWhileRemembered, Is.EqualTo(1));
            Assert.That(certificates.FetchCount("wrong-san.pem"), Is.EqualTo(2));
        });
    }

    private static async Task<HostAnswer> SendAsync(AlexaHost host, SigningIdentity signing, string url, DateTimeOffset now)
    {
        var body = Envelopes.Launch(now);
        using var request = Envelopes.Post(body, url, signing.Sign256(body));
        using var response = await host.Client.SendAsync(request);
        return await HostAnswer.ReadAsync(response);
    }
}
