using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace WorldCapitals.Web.Tests.Support;

/// <summary>A certificate authority made at test time: root, intermediate, and signing certificates like Amazon's.</summary>
internal sealed class TestPki : IDisposable
{
    public const string AlexaSan = "echo-api.amazon.com";

    private readonly RSA _rootKey = RSA.Create(2048);
    private readonly RSA _intermediateKey = RSA.Create(2048);
    private readonly DateTimeOffset _now;

    public TestPki(DateTimeOffset now, string name = "Test Root")
    {
        _now = now;
        Root = CreateAuthority($"CN={name}", _rootKey, issuer: null);
        Intermediate = CreateAuthority($"CN={name} Intermediate", _intermediateKey, Root);
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    /// <summary>A signing certificate (subject CN always echo-api.amazon.com, SAN as given) and the PEM file Alexa's URL would serve.</summary>
    public SigningIdentity IssueSigning(
        string san = AlexaSan, TimeSpan? notBeforeOffset = null, TimeSpan? lifetime = null)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={AlexaSan}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var sanBuilder = new SubjectAlternativeNameBuilder();
        sanBuilder.AddDnsName(san);
        request.CertificateExtensions.Add(sanBuilder.Build());

        var notBefore = _now + (notBeforeOffset ?? TimeSpan.FromDays(-1));
        var notAfter = notBefore + (lifetime ?? TimeSpan.FromDays(30));
        using var issuer = Intermediate.CopyWithPrivateKey(_intermediateKey);
        using var publicOnly = request.Create(issuer, notBefore, notAfter, NewSerial());
        var leaf = publicOnly.CopyWithPrivateKey(key);
        return new SigningIdentity(leaf, key, Pem(leaf, Intermediate));
    }

    private X509Certificate2 CreateAuthority(string subject, RSA key, X509Certificate2? issuer)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var notBefore = _now.AddYears(-1);
        var notAfter = _now.AddYears(5);
        if (issuer is null)
            return request.CreateSelfSigned(notBefore, notAfter);
        // The self-signed root already carries its private key.
        return request.Create(issuer, notBefore, notAfter.AddDays(-1), NewSerial());
    }

    private static string Pem(params X509Certificate2[] chain)
    {
        var pem = new StringBuilder();
        foreach (var certificate in chain)
            pem.AppendLine(certificate.ExportCertificatePem());
        return pem.ToString();
    }

    private static byte[] NewSerial() => RandomNumberGenerator.GetBytes(8);

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        _rootKey.Dispose();
        _intermediateKey.Dispose();
    }
}

internal sealed record SigningIdentity(X509Certificate2 Certificate, RSA Key, string ChainPem) : IDisposable
{
    public string Sign256(byte[] body) =>
        Convert.ToBase64String(Key.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public string Sign1(byte[] body) =>
        Convert.ToBase64String(Key.SignData(body, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }
}
