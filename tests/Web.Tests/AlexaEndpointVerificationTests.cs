using System.Net;
using System.Text;
using WorldCapitals.Web.Tests.Support;

namespace WorldCapitals.Web.Tests;

/// <summary>End to end over real HTTP: Kestrel on 127.0.0.1, a test CA, certificates served by a local server.</summary>
[TestFixture]
public sealed class AlexaEndpointVerificationTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private TestClock _clock = null!;
    private TestPki _pki = null!;
    private TestPki _untrustedPki = null!;
    private CertificateServer _certificates = null!;
    private AlexaHost _host = null!;
    private SigningIdentity _signing = null!;
    private string _certificateUrl = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _clock = new TestClock(Start);
        _pki = new TestPki(Start);
        _untrustedPki = new TestPki(Start, "Untrusted Root");
        _certificates = await CertificateServer.StartAsync();
        _signing = _pki.IssueSigning();
        _certificateUrl = _certificates.Publish("echo-api-cert.pem", _signing.ChainPem);
        _host = await AlexaHost.StartVerifyingAsync(_pki, _certificates, _clock);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        await _certificates.DisposeAsync();
        _signing.Dispose();
        _pki.Dispose();
        _untrustedPki.Dispose();
    }

    [Test]
    public async Task A_validly_signed_request_is_answered_by_the_skill()
    {
        // Arrange
        var body = Envelopes.Launch(_clock.Now);

        // Act
        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        // Assert
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
        Assert.That(answer.Body, Does.Contain("\"outputSpeech\""));
    }

    [Test]
    public async Task A_body_changed_after_signing_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);
        var signature = _signing.Sign256(body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("en-US", "en-GB", StringComparison.Ordinal));

        var answer = await SendAsync(tampered, _certificateUrl, signature);

        AssertRejected(answer, "SignatureInvalid");
    }

    [Test]
    public async Task A_signature_made_with_another_key_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);
        using var impostor = _pki.IssueSigning();

        var answer = await SendAsync(body, _certificateUrl, impostor.Sign256(body));

        AssertRejected(answer, "SignatureInvalid");
    }

    [Test]
    public async Task A_signature_that_is_not_base64_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, _certificateUrl, "not*base64!");

        AssertRejected(answer, "SignatureInvalid");
    }

    [Test]
    public async Task A_request_signed_only_with_the_legacy_sha1_header_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, _certificateUrl, signature256: null, legacySignature: _signing.Sign1(body));

        AssertRejected(answer, "MissingSignatureHeader");
    }

    [Test]
    public async Task A_sha1_signature_sent_as_signature_256_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign1(body));

        AssertRejected(answer, "SignatureInvalid");
    }

    [Test]
    public async Task A_request_without_the_certificate_url_header_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, certificateUrl: null, _signing.Sign256(body));

        AssertRejected(answer, "MissingSignatureHeader");
    }

    [Test]
    public async Task A_request_without_any_signature_header_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, certificateUrl: null, signature256: null);

        AssertRejected(answer, "MissingSignatureHeader");
    }

    [Test]
    public async Task An_expired_signing_certificate_is_rejected()
    {
        using var expired = _pki.IssueSigning(notBeforeOffset: TimeSpan.FromDays(-30), lifetime: TimeSpan.FromDays(29));
        var url = _certificates.Publish("expired.pem", expired.ChainPem);
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, expired.Sign256(body));

        AssertRejected(answer, "CertificateNotTimeValid");
    }

    [Test]
    public async Task A_signing_certificate_not_yet_valid_is_rejected()
    {
        using var future = _pki.IssueSigning(notBeforeOffset: TimeSpan.FromDays(1));
        var url = _certificates.Publish("future.pem", future.ChainPem);
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, future.Sign256(body));

        AssertRejected(answer, "CertificateNotTimeValid");
    }

    [Test]
    public async Task A_certificate_whose_san_is_not_echo_api_is_rejected_even_with_the_right_subject_name()
    {
        using var wrongSan = _pki.IssueSigning(san: "echo-api.example.com");
        var url = _certificates.Publish("wrong-san.pem", wrongSan.ChainPem);
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, wrongSan.Sign256(body));

        AssertRejected(answer, "CertificateSubjectMismatch");
    }

    [Test]
    public async Task A_certificate_from_an_untrusted_root_is_rejected()
    {
        using var untrusted = _untrustedPki.IssueSigning();
        var url = _certificates.Publish("untrusted.pem", untrusted.ChainPem);
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, untrusted.Sign256(body));

        AssertRejected(answer, "CertificateUntrusted");
    }

    [Test]
    public async Task A_certificate_url_outside_echo_api_is_rejected_before_any_download()
    {
        var url = _certificates.BaseAddress + "echo.api/../evil.pem";
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, _signing.Sign256(body));

        AssertRejected(answer, "CertificateUrlRejected");
        Assert.That(_certificates.FetchCount("evil.pem"), Is.Zero, url);
    }

    [Test]
    public async Task A_certificate_url_that_does_not_download_is_rejected()
    {
        var url = new Uri(_certificates.BaseAddress, "/echo.api/missing.pem").AbsoluteUri;
        var body = Envelopes.Launch(_clock.Now);

        var answer = await SendAsync(body, url, _signing.Sign256(body));

        AssertRejected(answer, "CertificateUnavailable");
    }

    [TestCase(-151)]
    [TestCase(-3600)]
    public async Task A_stale_timestamp_is_rejected(int seconds)
    {
        var body = Envelopes.Launch(_clock.Now.AddSeconds(seconds));

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        AssertRejected(answer, "TimestampOutOfTolerance");
    }

    [Test]
    public async Task A_future_timestamp_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now.AddSeconds(151));

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        AssertRejected(answer, "TimestampOutOfTolerance");
    }

    [Test]
    public async Task A_timestamp_within_tolerance_is_accepted()
    {
        var body = Envelopes.Launch(_clock.Now.AddSeconds(-149));

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
    }

    [Test]
    public async Task A_request_for_another_skill_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now, skillId: "amzn1.ask.skill.someone-else");

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        AssertRejected(answer, "SkillIdMismatch");
        Assert.That(answer.Body, Does.Not.Contain("someone-else"), "the body is never echoed back");
    }

    [Test]
    public async Task Signed_malformed_json_is_rejected()
    {
        var body = "{\"version\": \"1.0\", \"request\": "u8.ToArray();

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        AssertRejected(answer, "InvalidJson");
    }

    [Test]
    public async Task An_oversized_body_is_rejected_without_reading_it_all()
    {
        var body = new byte[300 * 1024];
        Array.Fill(body, (byte)' ');

        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        AssertRejected(answer, "BodyTooLarge");
    }

    [Test]
    public async Task An_oversized_body_closes_the_connection_after_the_rejection()
    {
        var body = new byte[300 * 1024];
        Array.Fill(body, (byte)' ');
        using var request = Envelopes.Post(body, _certificateUrl, _signing.Sign256(body));

        using var response = await _host.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.ConnectionClose, Is.True);
    }

    [Test]
    public async Task A_body_that_is_not_json_content_is_rejected()
    {
        var body = Envelopes.Launch(_clock.Now);
        using var request = Envelopes.Post(body, _certificateUrl, _signing.Sign256(body));
        request.Content!.Headers.ContentType = new("text/plain");

        using var response = await _host.Client.SendAsync(request);

        AssertRejected(await HostAnswer.ReadAsync(response), "UnsupportedContentType");
    }

    [Test]
    public async Task The_server_keeps_answering_after_every_kind_of_rejection()
    {
        var garbage = new byte[] { 0xFF, 0xFE, 0x00 };
        await SendAsync(garbage, _certificateUrl, _signing.Sign256(garbage));
        await SendAsync(garbage, "::not a url::", "x");

        var body = Envelopes.Launch(_clock.Now);
        var answer = await SendAsync(body, _certificateUrl, _signing.Sign256(body));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
    }

    private async Task<HostAnswer> SendAsync(byte[] body, string? certificateUrl, string? signature256, string? legacySignature = null)
    {
        using var request = Envelopes.Post(body, certificateUrl, signature256, legacySignature);
        using var response = await _host.Client.SendAsync(request);
        return await HostAnswer.ReadAsync(response);
    }

    private static void AssertRejected(HostAnswer answer, string error)
    {
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest), answer.Body);
            Assert.That(answer.Error, Is.EqualTo(error), answer.Body);
        });
    }
}
