using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>The production SignatureCertChainUrl rules, as a table (Amazon's and the Node SDK's vectors, and more).</summary>
[TestFixture]
public sealed class CertificateUrlPolicyTests
{
    [TestCase("https://s3.amazonaws.com/echo.api/echo-api-cert.pem")]
    [TestCase("https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem")]
    [TestCase("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem")]
    [TestCase("https://S3.AMAZONAWS.COM/echo.api/echo-api-cert-12.pem")]
    [TestCase("HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem")]
    [TestCase("https://s3.amazonaws.com/echo.api/./echo-api-cert.pem")]
    public void Alexa_certificate_urls_are_accepted(string url)
    {
        var (accepted, rejection) = CertificateUrlPolicy.Production.Check(url);

        Assert.That(rejection, Is.Null, rejection?.Detail);
        Assert.That(accepted!.AbsolutePath, Does.StartWith("/echo.api/"));
    }

    [TestCase("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", TestName = "http scheme")]
    [TestCase("ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem", TestName = "ftp scheme")]
    [TestCase("https://notamazon.com/echo.api/echo-api-cert.pem", TestName = "another host")]
    [TestCase("https://s3.amazonaws.com.evil.com/echo.api/echo-api-cert.pem", TestName = "host as a prefix")]
    [TestCase("https://evil.com/s3.amazonaws.com/echo.api/echo-api-cert.pem", TestName = "host in the path")]
    [TestCase("https://s3.amazonaws.com@evil.com/echo.api/echo-api-cert.pem", TestName = "host as user info")]
    [TestCase("https://evil@s3.amazonaws.com/echo.api/echo-api-cert.pem", TestName = "user info before the host")]
    [TestCase("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", TestName = "port 563")]
    [TestCase("https://s3.amazonaws.com:80/echo.api/echo-api-cert.pem", TestName = "port 80")]
    [TestCase("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", TestName = "mixed-case path")]
    [TestCase("https://s3.amazonaws.com/ECHO.API/echo-api-cert.pem", TestName = "uppercase path")]
    [TestCase("https://s3.amazonaws.com/echo.api/../evil.pem", TestName = "dot segments leaving echo.api")]
    [TestCase("https://s3.amazonaws.com/echo.api/%2e%2e/evil.pem", TestName = "encoded dot segments")]
    [TestCase("https://s3.amazonaws.com/echo.api%2F..%2Fevil.pem", TestName = "encoded slashes")]
    [TestCase("https://s3.amazonaws.com/echo.api\\..\\evil.pem", TestName = "backslashes")]
    [TestCase("https://s3.amazonaws.com/echo.api", TestName = "no trailing slash")]
    [TestCase("https://s3.amazonaws.com/echo.apievil/cert.pem", TestName = "prefix without the slash")]
    [TestCase("https://s3.amazonaws.com/", TestName = "root path")]
    [TestCase("https://s3.amazonaws.com", TestName = "missing path")]
    [TestCase("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?versionId=1", TestName = "query string")]
    [TestCase("https://s3.amazonaws.com/echo.api/echo-api-cert.pem#x", TestName = "fragment")]
    [TestCase("/echo.api/echo-api-cert.pem", TestName = "relative URL")]
    [TestCase("", TestName = "empty")]
    [TestCase("not a url", TestName = "not a URL")]
    public void Other_urls_are_rejected(string url)
    {
        var (accepted, rejection) = CertificateUrlPolicy.Production.Check(url);

        Assert.That(accepted, Is.Null);
        Assert.That(rejection?.Reason, Is.EqualTo(RejectionReason.CertificateUrlRejected));
    }

    [Test]
    public void The_path_is_checked_after_normalisation()
    {
        var (accepted, _) = CertificateUrlPolicy.Production.Check("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem");

        Assert.That(accepted!.AbsoluteUri, Is.EqualTo("https://s3.amazonaws.com/echo.api/echo-api-cert.pem"));
    }
}
