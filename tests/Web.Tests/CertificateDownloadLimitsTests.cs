using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorldCapitals.Web.Tests.Support;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>What anyone on the internet can make the host download: as little as possible, bounded in size, time and number.</summary>
[TestFixture]
public sealed class CertificateDownloadLimitsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private TestClock _clock = null!;
    private TestPki _pki = null!;
    private SigningIdentity _signing = null!;
    private CertificateServer _certificates = null!;
    private AlexaHost _host = null!;

    [SetUp]
    public async Task StartHost()
    {
        _clock = new TestClock(Start);
        _pki = new TestPki(Start);
        _signing = _pki.IssueSigning();
        _certificates = await CertificateServer.StartAsync();
        _host = await AlexaHost.StartVerifyingAsync(_pki, _certificates, _clock);
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        await _certificates.DisposeAsync();
        _signing.Dispose();
        _pki.Dispose();
    }

    [TestCase("AAAA", TestName = "A signature far too short for an RSA-2048 key costs no download")]
    [TestCase("not*base64!", TestName = "A signature that is not base64 costs no download")]
    public async Task A_malformed_signature_is_rejected_before_any_download(string signature)
    {
        var url = _certificates.Publish("made-up.pem", _signing.ChainPem);

        var answer = await SendAsync(url, signature);

        Assert.That(answer.Error, Is.EqualTo("SignatureInvalid"));
        Assert.That(_certificates.FetchCount("made-up.pem"), Is.Zero);
    }

    [Test]
    public async Task Concurrent_requests_naming_one_url_share_one_download()
    {
        _certificates.Delay = TimeSpan.FromMilliseconds(500);
        var url = _certificates.Publish("echo-api-cert.pem", _signing.ChainPem);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendSignedAsync(url)));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_certificates.FetchCount("echo-api-cert.pem"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_download_is_remembered_for_a_while_then_tried_again()
    {
        var url = _certificates.Url("missing.pem"); // answers 404

        var first = await SendSignedAsync(url);
        var second = await SendSignedAsync(url);
        var fetchesWhileRemembered = _certificates.FetchCount("missing.pem");
        _clock.Advance(CertificateChainProvider.FailureMemory + TimeSpan.FromSeconds(1));
        await SendSignedAsync(url);

        Assert.Multiple(() =>
        {
            Assert.That(first.Error, Is.EqualTo("CertificateUnavailable"));
            Assert.That(second.Error, Is.EqualTo("CertificateUnavailable"));
            Assert.That(fetchesWhileRemembered, Is.EqualTo(1));
            Assert.That(_certificates.FetchCount("missing.pem"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Downloads_of_many_urls_run_a_few_at_a_time()
    {
        _certificates.Delay = TimeSpan.FromMilliseconds(300);
        var urls = Enumerable.Range(0, 12).Select(i => _certificates.Publish($"cert-{i}.pem", _signing.ChainPem)).ToList();

        var answers = await Task.WhenAll(urls.Select(SendSignedAsync));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_certificates.MostConcurrentDownloads, Is.InRange(1, CertificateDownloader.DefaultMaxParallelDownloads));
    }

    [Test]
    public async Task A_chunked_body_larger_than_the_cap_is_refused()
    {
        // A valid chain followed by padding: only the size cap can refuse it, and the body carries no Content-Length.
        var padded = _signing.ChainPem + new string('#', CertificateDownloader.MaxChainBytes);
        var url = _certificates.PublishChunked("padded.pem", padded);

        var answer = await SendSignedAsync(url);

        Assert.That(answer.Error, Is.EqualTo("CertificateUnavailable"));
    }

    [Test]
    public async Task A_chain_source_that_never_finishes_its_body_cannot_hold_requests_past_their_timeout()
    {
        // More slow URLs than download slots, all at once: every request still gets its own 400, none the host's 503.
        var urls = Enumerable.Range(0, CertificateDownloader.DefaultMaxParallelDownloads + 2).Select(i => _certificates.PublishTrickling($"slow-{i}.pem"));

        var answers = await Task.WhenAll(urls.Select(SendSignedAsync));

        Assert.That(answers.Select(a => a.Error), Is.All.EqualTo("CertificateUnavailable"));
    }

    [Test]
    public async Task No_certificate_stays_open_once_a_chain_is_validated_or_replaced()
    {
        using var shortLived = _pki.IssueSigning(notBeforeOffset: TimeSpan.FromHours(-1), lifetime: TimeSpan.FromHours(2));
        var url = _certificates.Publish("short-lived.pem", shortLived.ChainPem);
        var body = Envelopes.Launch(_clock.Now);
        using (var request = Envelopes.Post(body, url, shortLived.Sign256(body)))
            Assert.That((await _host.Client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _clock.Advance(TimeSpan.FromHours(2)); // expired: the next request drops the cached key and downloads again
        await SendSignedAsync(url);

        var provider = _host.Services.GetRequiredService<CertificateChainProvider>();

        Assert.That(_certificates.FetchCount("short-lived.pem"), Is.EqualTo(2));
        Assert.That(provider.OpenCertificates, Is.Zero);
    }

    private Task<HostAnswer> SendSignedAsync(string url)
    {
        var body = Envelopes.Launch(_clock.Now);
        return SendAsync(url, _signing.Sign256(body), body);
    }

    private async Task<HostAnswer> SendAsync(string url, string signature, byte[]? body = null)
    {
        body ??= Envelopes.Launch(_clock.Now);
        using var request = Envelopes.Post(body, url, signature);
        using var response = await _host.Client.SendAsync(request);
        return await HostAnswer.ReadAsync(response);
    }
}
