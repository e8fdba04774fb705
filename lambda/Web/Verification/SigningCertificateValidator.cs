using System.Security.Cryptography.X509Certificates;

namespace WorldCapitals.Web.Verification;

/// <summary>Checks a downloaded chain: the signing certificate's dates, its SAN, its key usage, and the chain to a trusted root.</summary>
internal sealed class SigningCertificateValidator(CertificateTrustPolicy trust)
{
    /// <summary>The DNS name Alexa's signing certificate carries in its Subject Alternative Names (not only in its subject).</summary>
    public const string AlexaSigningDnsName = "echo-api.amazon.com";

    /// <param name="chain">The signing certificate first, then its intermediates, as in Amazon's PEM file.</param>
    public RequestRejection? Validate(IReadOnlyList<X509Certificate2> chain, DateTimeOffset now)
    {
        if (chain.Count == 0)
            return Reject(RejectionReason.CertificateUnavailable, "The certificate file holds no certificate.");
        var leaf = chain[0];

        if (TimeValidity(leaf, now) is { } timeRejection)
            return timeRejection;
        if (!HasAlexaSan(leaf))
            return Reject(RejectionReason.CertificateSubjectMismatch, $"The signing certificate's SAN does not contain '{AlexaSigningDnsName}'.");
        if (!AllowsDigitalSignature(leaf))
            return Reject(RejectionReason.CertificateSubjectMismatch, "The signing certificate's key usage does not allow digital signatures.");
        return ChainRejection(leaf, chain.Skip(1), now);
    }

    public static RequestRejection? TimeValidity(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (now < certificate.NotBefore.ToUniversalTime())
            return Reject(RejectionReason.CertificateNotTimeValid, $"The signing certificate is not valid before {certificate.NotBefore.ToUniversalTime():O}.");
        if (now > certificate.NotAfter.ToUniversalTime())
            return Reject(RejectionReason.CertificateNotTimeValid, $"The signing certificate expired at {certificate.NotAfter.ToUniversalTime():O}.");
        return null;
    }

    private static bool HasAlexaSan(X509Certificate2 leaf)
    {
        foreach (var extension in leaf.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san
                && san.EnumerateDnsNames().Any(name => string.Equals(name, AlexaSigningDnsName, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllowsDigitalSignature(X509Certificate2 leaf)
    {
        var usage = leaf.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        return usage is null || usage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature);
    }

    private RequestRejection? ChainRejection(X509Certificate2 leaf, IEnumerable<X509Certificate2> intermediates, DateTimeOffset now)
    {
        using var chain = new X509Chain { ChainPolicy = trust.CreateChainPolicy(now, intermediates) };
        if (chain.Build(leaf))
            return null;
        var problems = string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}"));
        return Reject(RejectionReason.CertificateUntrusted, "The certificate chain does not build to a trusted root: " + problems);
    }

    private static RequestRejection Reject(RejectionReason reason, string detail) => new(reason, detail);
}
